import ArgumentParser
import Enrichment
import Foundation
import LeadIQ
import RecordIO

/// One enrichment run as a command carries it out: opens the input and outputs, puts the cache and the journal in
/// front of LeadIQ, runs the pipeline, saves the matches to a new list when asked, prints and writes the summary, and
/// turns what went wrong into exit codes. The task says what each row is asked about (`enrich`, `verify`); the rest
/// is the same for every task.
struct EnrichmentJob: Sendable {
    /// Where the records come from.
    enum Source: Sendable {
        /// A file or standard input, read as the options say.
        case input(InputOptions)
        /// The people an advanced search finds, enriched by their LeadIQ id; `identity` names the search for the
        /// journal, so the same search run again resumes.
        case search(PeopleSearch, identity: String)
    }

    var task: JobTask
    var source: Source
    var output: OutputOptions
    var job: JobOptions
    var storage: StorageOptions
    var api: APIOptions
    /// A new list to save the matched people to once the run is over.
    var list: ListInput?

    /// Exits 0 when every row was answered, 1 when some failed (or were not saved to the list), 4 when credits ran
    /// out (the output is complete, the rest marked failed), 5 when the outage breaker stopped the run, 128 + the
    /// signal's number when a signal stopped it (130 SIGINT, 143 SIGTERM, 129 SIGHUP); after 5 and 128+ the output is
    /// unfinished and a re-run resumes. Errors that end the run get theirs from `commandExitCode(for:)`.
    func execute() async throws {
        if self.job.dryRun {
            try await self.dryRun()
            return
        }
        let (summary, listed) = try await self.api.withConnection(
            connections: self.job.concurrency, quiet: self.job.quiet
        ) { connection in
            try await self.enrich(on: connection)
        }
        if !self.job.quiet {
            IssueReport.printError(summary.report)
        }
        if let report = self.job.report {
            try Self.writeJSON(summary, to: report)
        }
        if let reason = summary.stopReason ?? listed?.stopReason {
            // Stopped while saving to the list, the output is written already.
            let unfinished = summary.stopReason != nil && self.output.output != "-"
            IssueReport.printError(reason.explanation(output: unfinished ? self.output.output : nil))
            throw reason.exitCode
        }
        if summary.insufficientCredits { throw ExitCode(4) }
        if summary.failed > 0 || (listed?.failed ?? 0) > 0 { throw ExitCode(1) }
    }

    private func enrich(on connection: APIConnection) async throws -> (EnrichmentSummary, ListPushSummary?) {
        try self.task.check(connection)
        // The account query is free, checks the key before any output exists, and gives the balance to compare with.
        // The run's lock and journal are set up while it is answered.
        async let balanceBefore = connection.client.account()
        let runID = self.runID(namespace: connection.cacheNamespace)
        // Taken before the journal is opened, so that a second run's --restart cannot wipe the first run's journal.
        let lock = try StorageOptions.lock(runID)
        defer { lock.release() }
        if let pid = lock.previousOwner, !self.job.quiet {
            IssueReport.printError("note: run \(pid) of this command ended without finishing; this run takes over")
        }
        if self.storage.restart, let list = self.list {
            // Starting over makes a new list. A taken name (the interrupted run's list, say) refuses the run before
            // the journals, which can still resume that run, are discarded.
            try await ListCreation.checkNameIsFree(list.name, client: connection.client)
        }
        // Saving to the list is journaled like the lookups, except on the embedded sandbox, whose lists end with it.
        let listJournal = try self.list.flatMap { _ in
            connection.isSandbox
                ? nil
                : try StorageOptions.pushJournal(StorageDirectory.listSaveID(runID), restart: self.storage.restart)
        }
        let (service, journal) = try self.storage.storedService(
            upstream: self.task.service(client: connection.client),
            runID: runID,
            namespace: connection.cacheNamespace
        )
        let before = try await balanceBefore
        let records = try await self.records(connection: connection)
        // A restarted run checked the name before discarding the journals.
        if let list = self.list, listJournal?.isResuming != true, !self.storage.restart {
            try await ListCreation.checkNameIsFree(list.name, client: connection.client)
        }
        var totalRows: Int?
        if !connection.isSandbox && !self.job.yes {
            totalRows = try await self.confirmSpending(
                records, service: service, connection: connection, balance: before.universalPlan?.available
            )
        }
        let resumed = try journal.count(scope: StorageOptions.journalScope(runID))
        if resumed > 0 && !self.job.quiet {
            IssueReport.printError("resuming: \(resumed) answers saved by an interrupted run are reused")
        }
        let issues = ReadIssueBuffer(forward: self.job.quiet ? nil : IssueReport().handle)
        var (input, configuration) = try self.open(records, issues: issues)
        let progress = self.job.quiet ? nil : ProgressPrinter()
        if progress?.interactive == true {
            configuration.totalRows = try totalRows ?? records.count()
        }
        configuration.outputStyle = Self.style(for: self.outputFormat(input: input))
        var writeOptions = self.output.writeOptions
        writeOptions.atomic = true
        let writer = try RecordOutput.open(self.output.output, options: writeOptions, fallback: input.format)
        let rejects = try self.job.rejects.map { path in
            try RecordOutput.open(path, options: self.output.writeOptions, fallback: writer.format)
        }
        if let rejects {
            configuration.rejectsStyle = Self.style(for: rejects.format)
        }
        let matches = try self.list.map { _ in try MatchedProspectSpool() }
        let traffic = connection.client.statistics()
        configuration.maxFailuresInARow = self.job.breaker
        // Signals stop the run gracefully only while lookups are sent and matches saved to the list; before (a spend
        // question, say) nothing is in flight, and ending the process at once is what Ctrl-C should do.
        let pipeline = EnrichmentPipeline(
            service: service, configuration: configuration, waits: connection.client.waits
        )
        var (summary, listed) = try await withStopSignals { stop -> (EnrichmentSummary, ListPushSummary?) in
            var summary = try await pipeline.run(
                reader: input.records, writer: writer, rejects: rejects, issues: issues, observer: progress,
                matches: matches, stop: stop
            )
            progress?.finish()
            if summary.stopReason == nil {
                self.warnOfOverridesNeverFound(configuration.mapping)
            }
            summary.answeredFromStore = service.storedAnswers
            let skipped = service.skippedStoreErrors
            summary.cacheErrors = skipped.count
            summary.firstCacheError = skipped.first
            // The client saw every attempt, retries included; the pipeline only saw the calls it made.
            let trafficAfter = connection.client.statistics()
            summary.requests = trafficAfter.requestsSent - traffic.requestsSent
            summary.retries = trafficAfter.retries - traffic.retries
            // A stopped run's matches go to a list only from the run that completes.
            guard summary.stopReason == nil, let list = self.list, let matches else { return (summary, nil) }
            // Until the matches are saved, the journal keeps every answer: a run stopped while saving is run again
            // for free, fills the same spool, and the list's journal replays the batches it sent.
            let listed = try await Self.save(
                matches, to: list, client: connection.client, journal: listJournal, quiet: self.job.quiet, stop: stop
            )
            return (summary, listed)
        }
        if summary.stopReason != nil || listed?.stopReason != nil {
            // The journals are what the next run resumes from; the balance is not read, LeadIQ may be down.
            return (summary, listed)
        }
        // The output is written by now; a balance that cannot be read only leaves "credits used" out of the summary.
        async let balanceAfter = try? connection.client.account()
        try journal.discard()
        try listJournal?.discard()
        let after = await balanceAfter
        summary.creditsUsed = before.universalPlan?.used.flatMap { old in
            after?.universalPlan?.used.map { Credits(whole: $0 - old) }
        }
        return (summary, listed)
    }

    /// Creates the list and saves the spooled matches to it; rows that could not be saved are named on standard error.
    private static func save(
        _ matches: MatchedProspectSpool, to input: ListInput, client: LeadIQClient, journal: PushJournal?, quiet: Bool,
        stop: StopRequest
    ) async throws -> ListPushSummary {
        let list = try await ListCreation.create(input, client: client, journal: journal)
        let pusher = ProspectPusher(client: client, listID: list.id, listIsNew: journal?.isResuming != true)
        var batches = JournaledPusher(pusher: pusher, journal: journal)
        let summary = try await batches.push(matches, stop: stop) { position, reason in
            IssueReport.printError("not saved to the list: \(position): \(reason)")
        }
        if !quiet {
            IssueReport.printError("list '\(list.name)' (\(list.id)): \(summary.description)")
        }
        return summary
    }

    /// Prints the estimate and the balance, spending nothing. The estimate leaves out what the cache and an interrupted
    /// run's journal answer already, as the run would; a file's estimate stands without LeadIQ when it cannot be
    /// reached (no key, say), with nothing left out and the balance unknown.
    private func dryRun() async throws {
        let balance: Result<Account, any Error>
        do {
            balance = try await self.api.withConnection { connection in
                try await self.printEstimate(connection: connection)
                do {
                    return .success(try await connection.client.account())
                } catch {
                    return .failure(error)
                }
            }
        } catch let error as LeadIQError where !self.estimateNeedsLeadIQ {
            // No connection (the estimate, read with one, throws only the input's and the stores' errors).
            try await self.printEstimate(connection: nil)
            balance = .failure(error)
        }
        switch balance {
        case .success(let account):
            print("balance: " + (account.universalPlan?.available.map { "\($0) credits available" } ?? "no metered plan"))
        case .failure(let error):
            guard !self.estimateNeedsLeadIQ else { throw error }
            print("balance: unknown (\(error))")
        }
    }

    /// A file's estimate stands without LeadIQ; a search's, or one with previews (free), cannot be made without it.
    private var estimateNeedsLeadIQ: Bool {
        if case .search = self.source {
            return true
        }
        return self.task.previews
    }

    /// Reads every record and prints what a run would send and spend; with `--preview`, previews every distinct
    /// person on `connection` to say what previewing saves.
    private func printEstimate(connection: APIConnection?) async throws {
        let issues = ReadIssueBuffer(forward: self.job.quiet ? nil : IssueReport().handle)
        let (input, configuration) = try self.open(try await self.records(connection: connection), issues: issues)
        let stored = try connection.map { connection in
            try self.storage.existingAnswers(
                upstream: self.task.service(client: connection.client),
                runID: self.runID(namespace: connection.cacheNamespace),
                namespace: connection.cacheNamespace
            )
        }
        let estimate = try await self.estimate(
            input, configuration, issues: issues, connection: connection,
            answered: stored.map { stored in { try stored.answersWithoutRequest($0, selection: configuration.selection) } }
        )
        self.warnOfOverridesNeverFound(configuration.mapping)
        print(estimate.report(task: self.task))
    }

    /// Warns of each `--map` that named a field no record had. JSON Lines and XML inputs are mapped record by record,
    /// so such a choice is not refused at the start as it is for a CSV or XLSX header.
    private func warnOfOverridesNeverFound(_ mapping: FieldMapping) {
        guard !self.job.quiet else { return }
        for (field, wanted) in mapping.overridesNeverFound.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            IssueReport.printError("warning: --map \(field.rawValue)=\(wanted): no record had a field '\(wanted)'")
        }
    }

    /// Reads every record of `input` and counts what a run would send; with `--preview` and a connection, the people
    /// it would look up are previewed (free) to count what the preview saves.
    private func estimate(
        _ input: OpenedRecords,
        _ configuration: EnrichmentConfiguration,
        issues: ReadIssueBuffer,
        connection: APIConnection?,
        answered: ((Lookup) throws -> Bool)? = nil
    ) async throws -> DryRunEstimate {
        guard self.task.previews, let connection else {
            return try DryRunEstimate(
                reader: input.records, configuration: configuration, issues: issues, answered: answered
            )
        }
        return try await DryRunEstimate(
            reader: input.records, configuration: configuration, issues: issues, answered: answered,
            previewer: LookupPreviewer(client: connection.client)
        )
    }

    /// Counts what the run would spend, beyond what the cache and the journal answer, and asks before spending it;
    /// returns the rows counted, for progress. Nothing to spend: no question. No one to ask: the run is refused
    /// (exit 2) unless `--yes` was given.
    private func confirmSpending(
        _ records: Records, service: StoredLookupService, connection: APIConnection, balance: Int?
    ) async throws -> Int {
        if case .file(let options) = records, options.input == "-" {
            IssueReport.printError(
                "error: standard input cannot be counted before the run, so leadiq cannot say what it would spend; "
                    + "pass --yes to spend without asking (--max-credits N caps it), or give a file"
            )
            throw ExitCode(2)
        }
        let (input, configuration) = try self.open(records, issues: ReadIssueBuffer())
        let estimate = try await self.estimate(
            input, configuration, issues: ReadIssueBuffer(), connection: connection,
            answered: { try service.answersWithoutRequest($0, selection: configuration.selection) }
        )
        var spend = estimate.maximumCredits - (estimate.preview?.creditsSaved ?? .zero)
        if let budget = configuration.maxCredits, budget < spend {
            spend = budget
        }
        let rows = estimate.rows + estimate.rejected
        guard spend > .zero else { return rows }
        let requestsPerMinute = self.api.rateLimit ?? LeadIQContract.standardRequestsPerMinute
        IssueReport.printError(
            estimate.confirmation(task: self.task, requestsPerMinute: requestsPerMinute, balance: balance)
        )
        switch SpendConfirmation.ask("Spend up to \(spend) credits? [y/N]") {
        case true?:
            return rows
        case false?:
            IssueReport.printError("nothing was spent")
            throw ExitCode(1)
        case nil:
            IssueReport.printError(
                "error: this run can spend up to \(spend) credits and there is no terminal to confirm it on; "
                    + "run it again with --yes to spend them (or --dry-run to see the estimate)"
            )
            throw ExitCode(2)
        }
    }

    /// The records of a run: a file, opened anew for each pass over it, or the people a search found, found once.
    private enum Records {
        case file(InputOptions)
        case found([Record])

        /// How many rows a run of them writes (rejected input rows included); `nil` for standard input, which can be
        /// read only once.
        func count() throws -> Int? {
            switch self {
            case .found(let records):
                return records.count
            case .file(let options) where options.input != "-":
                var rows = 0
                var file = try RecordInput.open(options.input, options: options.readOptions) { issue in
                    if issue.kind == .rejected { rows += 1 }
                }
                while try file.next() != nil { rows += 1 }
                return rows
            case .file:
                return nil
            }
        }
    }

    /// The search runs here, on `connection`, so a confirmation and the run see the same people.
    private func records(connection: APIConnection?) async throws -> Records {
        switch self.source {
        case .input(let options):
            return .file(options)
        case .search(let search, _):
            guard let connection else { preconditionFailure("a search needs a connection") }
            var found: [Record] = []
            try await search.run(client: connection.client) { found.append($0) }
            if !self.job.quiet {
                IssueReport.printError("found \(found.count) \(found.count == 1 ? "person" : "people")")
            }
            return .found(found)
        }
    }

    /// A reader over `records` and the run's configuration from the options. A CSV or XLSX file's first record is read
    /// to map its header's names; a JSON Lines or XML file's records are each mapped from their own names, since any
    /// of them may hold fields the first lacks. Searched people are looked up by their LeadIQ id.
    private func open(_ records: Records, issues: ReadIssueBuffer) throws -> (OpenedRecords, EnrichmentConfiguration) {
        let opened: OpenedRecords
        let mapping: FieldMapping
        switch records {
        case .file(let options):
            let file = try RecordInput.open(options.input, options: options.readOptions, issues: issues.handler)
            guard file.format.hasHeaderRow else {
                mapping = .perRecord(overrides: options.mappingOverrides)
                opened = OpenedRecords(format: file.format, records: file)
                break
            }
            var records = PeekingRecordReader(file)
            let names = try records.peek()?.names ?? []
            mapping = try FieldMapping.automatic(for: names, overrides: options.mappingOverrides, file: file.name)
            if !names.isEmpty {
                try self.task.check(mapping, file: file.name)
            }
            opened = OpenedRecords(format: file.format, records: records)
        case .found(let found):
            mapping = FieldMapping(columns: [.leadiqPersonID: PeopleSearch.idField])
            opened = OpenedRecords(format: .csv, records: RecordArrayReader(found))
        }
        let configuration = EnrichmentConfiguration(
            mapping: mapping,
            task: self.task.enrichmentTask,
            mode: self.task.mode,
            selection: self.task.selection,
            concurrency: self.job.concurrency,
            batchSize: self.task.batch,
            maxCredits: self.job.budget
        )
        return (opened, configuration)
    }

    private func outputFormat(input: OpenedRecords) -> RecordFormat {
        self.output.to ?? RecordFormat.forPath(self.output.output) ?? input.format
    }

    /// JSON Lines gets a nested `leadiq` object; flat formats get `leadiq_*` columns.
    private static func style(for format: RecordFormat) -> ProjectionStyle {
        format == .jsonl ? .nested : .columns
    }

    /// Names this input and these options, so that running the same command again finds the journal it left.
    private func runID(namespace: String) -> String {
        let origin: [String]
        switch self.source {
        case .input(let options):
            origin = options.runIdentity
        case .search(_, let identity):
            origin = ["search", identity]
        }
        let identity = [namespace] + self.task.identity + origin
        return StableHash.hex(identity.joined(separator: "\u{1F}"))
    }

    static func writeJSON(_ value: some Encodable, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(value).write(to: URL(fileURLWithPath: path))
    }
}

/// Records to enrich, and the format the output falls back to.
struct OpenedRecords {
    let format: RecordFormat
    var records: any RecordReader
}
