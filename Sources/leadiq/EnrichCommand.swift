import ArgumentParser
import Enrichment
import Foundation
import LeadIQ
import RecordIO

/// `leadiq enrich`: every input row back, in order, with what LeadIQ knows about the person or company appended.
struct EnrichCommand: AsyncParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Enrich contact records through LeadIQ: every row kept, in order, with a leadiq_status.",
        discussion: """
            Each row is matched by its most precise identifier (LinkedIn URL, then email, then name with company, \
            then LeadIQ id); rows that only name a company become company lookups. Identical lookups are sent once. \
            Answers are cached (re-running a file is free) and journaled (an interrupted run resumes where it \
            stopped when the same command is run again).

            Exit codes: 0 all rows answered; 1 some rows failed; 2 usage or unreadable input; 3 LeadIQ rejected \
            the API key (nothing written); 4 credits ran out (the output is complete, the rest marked failed).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var enrichment: EnrichmentOptions
    @OptionGroup var storage: StorageOptions
    @OptionGroup var api: APIOptions

    @Option(help: "Also write skipped, failed and rejected rows to this file, with file, line and reason.")
    var rejects: String?

    @Option(help: "Write the run's summary to this file as JSON.")
    var report: String?

    @Flag(help: "Print neither progress nor the summary on standard error.")
    var quiet = false

    func validate() throws {
        if self.input.input != "-" && [self.output.output, self.rejects].contains(self.input.input) {
            throw ValidationError("an output names the input file, which would be overwritten while it is read")
        }
        if self.rejects != nil && self.rejects == self.output.output {
            throw ValidationError("--rejects and -o name the same file; give the rejects a file of their own")
        }
    }

    func run() async throws {
        do {
            if self.enrichment.dryRun {
                try await self.dryRun()
                return
            }
            let summary = try await self.api.withConnection(connections: self.enrichment.concurrency) { connection in
                try await self.enrich(on: connection)
            }
            if !self.quiet {
                IssueReport.printError(summary.report)
            }
            if let report = self.report {
                try Self.writeJSON(summary, to: report)
            }
            if summary.insufficientCredits { throw ExitCode(4) }
            if summary.failed > 0 { throw ExitCode(1) }
        } catch let error as EnrichmentError where error == .unauthorized {
            IssueReport.printError("error: \(error)")
            throw ExitCode(3)
        } catch let error as LeadIQError where error == .unauthorized {
            IssueReport.printError("error: \(error)")
            throw ExitCode(3)
        } catch let error as RecordIOError {
            IssueReport.printError("error: \(error)")
            throw ExitCode(2)
        } catch let error as LeadIQError where [.missingAPIKey, .invalidAPIKey, .invalidConfiguration].contains(error) {
            IssueReport.printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    private func enrich(on connection: APIConnection) async throws -> EnrichmentSummary {
        if !connection.isSandbox && self.enrichment.batch > EnrichmentOptions.largestLeadIQBatch {
            throw ValidationError("--batch can be at most \(EnrichmentOptions.largestLeadIQBatch) against LeadIQ")
        }
        // The account query is free, checks the key before any output exists, and gives the balance to compare with.
        let before = try await connection.client.account()
        let issues = ReadIssueBuffer(forward: self.quiet ? nil : IssueReport().handle)
        var (reader, configuration) = try self.openInput(issues: issues)
        let runID = self.runID(namespace: connection.cacheNamespace)
        let (service, journal) = try self.storage.storedService(
            upstream: LeadIQLookupService(client: connection.client),
            runID: runID,
            namespace: connection.cacheNamespace
        )
        let resumed = try journal.count(scope: StorageOptions.journalScope(runID))
        if resumed > 0 && !self.quiet {
            IssueReport.printError("resuming: \(resumed) answers saved by an interrupted run are reused")
        }
        configuration.outputStyle = self.style(for: self.outputFormat(input: reader))
        var writeOptions = self.output.writeOptions
        writeOptions.atomic = true
        let writer = try RecordOutput.open(self.output.output, options: writeOptions, fallback: reader.format)
        let rejects = try self.rejects.map { path in
            try RecordOutput.open(path, options: self.output.writeOptions, fallback: writer.format)
        }
        if let rejects {
            configuration.rejectsStyle = self.style(for: rejects.format)
        }
        let progress = self.quiet ? nil : ProgressPrinter()
        let traffic = await connection.client.statistics()
        var summary = try await EnrichmentPipeline(service: service, configuration: configuration).run(
            reader: reader.records, writer: writer, rejects: rejects, issues: issues, observer: progress
        )
        progress?.finish()
        try journal.removeAll(scope: StorageOptions.journalScope(runID))
        summary.answeredFromStore = service.storedAnswers
        // The client saw every attempt, retries included; the pipeline only saw the calls it made.
        let trafficAfter = await connection.client.statistics()
        summary.requests = trafficAfter.requestsSent - traffic.requestsSent
        summary.retries = trafficAfter.retries - traffic.retries
        // The output is written by now; a balance that cannot be read only leaves "credits used" out of the summary.
        let after = try? await connection.client.account()
        summary.creditsUsed = before.universalPlan?.used.flatMap { old in
            after?.universalPlan?.used.map { Credits(whole: $0 - old) }
        }
        return summary
    }

    private func dryRun() async throws {
        let issues = ReadIssueBuffer(forward: self.quiet ? nil : IssueReport().handle)
        let (reader, configuration) = try self.openInput(issues: issues)
        let estimate = try DryRunEstimate(reader: reader.records, configuration: configuration, issues: issues)
        print(estimate.report(selection: configuration.selection))
        let balance: String
        do {
            let account = try await self.api.withConnection { connection in try await connection.client.account() }
            balance = account.universalPlan?.available.map { "\($0) credits available" } ?? "no metered plan"
        } catch {
            balance = "unknown (\(error))"
        }
        print("balance: \(balance)")
    }

    /// The input with its first record read, to map its field names, and the run's configuration from the options.
    private func openInput(issues: ReadIssueBuffer) throws -> (OpenedInput, EnrichmentConfiguration) {
        let input = try RecordInput.open(self.input.input, options: self.input.readOptions, issues: issues.handler)
        var reader = OpenedInput(format: input.format, records: PeekingRecordReader(input))
        let names = try reader.records.peek()?.names ?? []
        let mapping = try FieldMapping.automatic(for: names, overrides: self.input.mappingOverrides, file: input.name)
        let configuration = EnrichmentConfiguration(
            mapping: mapping,
            mode: self.enrichment.mode,
            selection: self.enrichment.fields,
            concurrency: self.enrichment.concurrency,
            batchSize: self.enrichment.batch,
            maxCredits: self.enrichment.budget
        )
        return (reader, configuration)
    }

    private func outputFormat(input: OpenedInput) -> RecordFormat {
        self.output.to ?? RecordFormat.forPath(self.output.output) ?? input.format
    }

    /// JSON Lines gets a nested `leadiq` object; flat formats get `leadiq_*` columns.
    private func style(for format: RecordFormat) -> ProjectionStyle {
        format == .jsonl ? .nested : .columns
    }

    /// Names this input and these options, so that running the same command again finds the journal it left.
    private func runID(namespace: String) -> String {
        let path = self.input.input == "-" ? "-" : URL(fileURLWithPath: self.input.input).standardizedFileURL.path
        let identity = [
            path, namespace, String(self.enrichment.fields.rawValue), self.enrichment.mode.rawValue,
            self.input.mappingOverrides.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: ","),
        ].joined(separator: "\u{1F}")
        return StableHash.hex(identity)
    }

    static func writeJSON(_ value: some Encodable, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(value).write(to: URL(fileURLWithPath: path))
    }
}

/// An opened input: its format, and its records with the first one already peeked at.
struct OpenedInput {
    let format: RecordFormat
    var records: PeekingRecordReader<RecordInput>
}
