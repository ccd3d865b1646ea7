import ArgumentParser
import Enrichment
import Foundation
import LeadIQ
import RecordIO

/// One enrichment run as a command carries it out: opens the input and outputs, puts the cache and the journal in
/// front of LeadIQ, runs the pipeline, prints and writes the summary, and turns what went wrong into exit codes.
/// The task says what each row is asked about (`enrich`, `verify`); the rest is the same for every task.
struct EnrichmentJob: Sendable {
    var task: JobTask
    var input: InputOptions
    var output: OutputOptions
    var job: JobOptions
    var storage: StorageOptions
    var api: APIOptions

    /// Exit codes: 0 every row answered, 1 some rows failed, 2 usage or unreadable input, 3 the key was rejected
    /// (nothing written), 4 credits ran out (the output is complete, the rest marked failed).
    func execute() async throws {
        do {
            if self.job.dryRun {
                try await self.dryRun()
                return
            }
            let summary = try await self.api.withConnection { connection in
                try await self.enrich(on: connection)
            }
            if !self.job.quiet {
                IssueReport.printError(summary.report)
            }
            if let report = self.job.report {
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
        try self.task.check(connection)
        // The account query is free, checks the key before any output exists, and gives the balance to compare with.
        let before = try await connection.client.account()
        let issues = ReadIssueBuffer(forward: self.job.quiet ? nil : IssueReport().handle)
        var (reader, configuration) = try self.openInput(issues: issues)
        let runID = self.runID(namespace: connection.cacheNamespace)
        let (service, journal) = try self.storage.storedService(
            upstream: self.task.service(client: connection.client),
            runID: runID,
            namespace: connection.cacheNamespace
        )
        let resumed = try journal.count(scope: StorageOptions.journalScope(runID))
        if resumed > 0 && !self.job.quiet {
            IssueReport.printError("resuming: \(resumed) answers saved by an interrupted run are reused")
        }
        configuration.outputStyle = Self.style(for: self.outputFormat(input: reader))
        var writeOptions = self.output.writeOptions
        writeOptions.atomic = true
        let writer = try RecordOutput.open(self.output.output, options: writeOptions, fallback: reader.format)
        let rejects = try self.job.rejects.map { path in
            try RecordOutput.open(path, options: self.output.writeOptions, fallback: writer.format)
        }
        if let rejects {
            configuration.rejectsStyle = Self.style(for: rejects.format)
        }
        let progress = self.job.quiet ? nil : ProgressPrinter()
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
        if self.task.previews {
            try await self.api.withConnection { connection in try await self.previewingDryRun(on: connection) }
            return
        }
        let issues = ReadIssueBuffer(forward: self.job.quiet ? nil : IssueReport().handle)
        let (reader, configuration) = try self.openInput(issues: issues)
        let estimate = try DryRunEstimate(reader: reader.records, configuration: configuration, issues: issues)
        print(estimate.report(task: self.task))
        let balance: String
        do {
            let account = try await self.api.withConnection { connection in try await connection.client.account() }
            balance = Self.balance(account)
        } catch {
            balance = "unknown (\(error))"
        }
        print("balance: \(balance)")
    }

    /// `--dry-run --preview`: previews need LeadIQ (they are free), so the key must work.
    private func previewingDryRun(on connection: APIConnection) async throws {
        try self.task.check(connection)
        let issues = ReadIssueBuffer(forward: self.job.quiet ? nil : IssueReport().handle)
        let (reader, configuration) = try self.openInput(issues: issues)
        let estimate = try await DryRunEstimate(
            reader: reader.records, configuration: configuration, issues: issues,
            previewer: LookupPreviewer(client: connection.client)
        )
        print(estimate.report(task: self.task))
        print("balance: \(Self.balance(try await connection.client.account()))")
    }

    private static func balance(_ account: Account) -> String {
        account.universalPlan?.available.map { "\($0) credits available" } ?? "no metered plan"
    }

    /// The input with its first record read, to map its field names, and the run's configuration from the options.
    private func openInput(issues: ReadIssueBuffer) throws -> (OpenedInput, EnrichmentConfiguration) {
        let input = try RecordInput.open(self.input.input, options: self.input.readOptions, issues: issues.handler)
        var reader = OpenedInput(format: input.format, records: PeekingRecordReader(input))
        let names = try reader.records.peek()?.names ?? []
        let mapping = try FieldMapping.automatic(for: names, overrides: self.input.mappingOverrides, file: input.name)
        if !names.isEmpty {
            try self.task.check(mapping, file: input.name)
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
        return (reader, configuration)
    }

    private func outputFormat(input: OpenedInput) -> RecordFormat {
        self.output.to ?? RecordFormat.forPath(self.output.output) ?? input.format
    }

    /// JSON Lines gets a nested `leadiq` object; flat formats get `leadiq_*` columns.
    private static func style(for format: RecordFormat) -> ProjectionStyle {
        format == .jsonl ? .nested : .columns
    }

    /// Names this input and these options, so that running the same command again finds the journal it left.
    private func runID(namespace: String) -> String {
        let path = self.input.input == "-" ? "-" : URL(fileURLWithPath: self.input.input).standardizedFileURL.path
        let overrides = self.input.mappingOverrides.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: ",")
        let identity = ([path, namespace] + self.task.identity + [overrides]).joined(separator: "\u{1F}")
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
