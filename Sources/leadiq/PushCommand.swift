import ArgumentParser
import Enrichment
import Foundation
import LeadIQ
import RecordIO

/// `leadiq push`: loads records into a new or existing Prospector list, without enrichment.
struct PushCommand: AsyncParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Load contact records into a LeadIQ Prospector list (no enrichment, no credits).",
        discussion: """
            Each row becomes a prospect as LeadIQ's published schema allows: a full name is split when there is no \
            first and last name, seniority and email status are kept only when they name a LeadIQ value, notes are \
            cut to 5,000 characters. Rows that cannot be valid are skipped with the reason. Prospects go in batches \
            of up to 100; a batch whose answer is lost is checked against the list before it is sent again, so no \
            one is saved twice. The result file (-o) has every input row with leadiq_status (added, skipped, \
            failed), leadiq_reason and leadiq_prospect_id.

            A push is journaled batch by batch: when it is interrupted (Ctrl-C, SIGTERM, SIGHUP, a crash), running \
            the same command again continues into the same list without adding anyone twice, and ends with the \
            result file an uninterrupted run writes. Exit codes: 0 every row added or skipped; 1 some rows failed; \
            2 usage, unreadable input, or the same push under way in another process; 130, 143, 129 stopped by \
            SIGINT, SIGTERM, SIGHUP (run the same command again to resume).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Create a list with this name and push into it.")
    var list: String?

    @Option(help: "The new list's description (with --list).")
    var description: String?

    @Option(
        name: .customLong("append-to"),
        help: "Push into the existing list with this id (see leadiq lists).")
    var appendTo: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var api: APIOptions

    @Flag(help: "Forget what an interrupted run of this push saved, and start over (into a new list).")
    var restart = false

    func validate() throws {
        switch (self.list, self.appendTo) {
        case (nil, nil):
            throw ValidationError(
                "Name a new list with --list NAME, or an existing one with --append-to ID.")
        case (.some, .some): throw ValidationError("Give --list NAME or --append-to ID, not both.")
        case (.some(let name), nil):
            let problems = ListInput(name: name, description: self.description).validationProblems()
            if let problem = problems.first { throw ValidationError("--list: \(problem).") }
        case (nil, .some(let id)):
            if self.description != nil {
                throw ValidationError("--description applies only to a new list (--list).")
            }
            if !WireFormat.isObjectID(id) {
                throw ValidationError("--append-to takes a list id: 24 hexadecimal digits.")
            }
        }
        if self.input.input != "-" && OutputOptions.sameFile(self.input.input, self.output.output) {
            throw ValidationError(
                "-o names the input file, which would be overwritten while it is read; pick another")
        }
    }

    func run() async throws {
        let summary = try await self.api.withConnection { connection in
            try await self.push(on: connection)
        }
        IssueReport.printError(summary.description)
        if let reason = summary.stopReason {
            IssueReport.printError(reason.explanation(output: self.output.output == "-" ? nil : self.output.output))
            throw reason.exitCode
        }
        if summary.failed > 0 { throw ExitCode.failure }
    }

    /// Locks and journals the push, except on the embedded sandbox, whose lists end with the process: there is
    /// nothing to resume into, and nothing another process could push twice.
    private func push(on connection: APIConnection) async throws -> ListPushSummary {
        let runID = self.runID(connection: connection)
        let lock = try connection.isSandbox ? nil : StorageOptions.lock(runID)
        defer { lock?.release() }
        if self.restart, let name = self.list {
            // Starting over makes a new list. A taken name (the interrupted run's list, say) refuses the run before
            // that run's journal, which can still resume it, is discarded.
            try await ListCreation.checkNameIsFree(name, client: connection.client)
        }
        let journal = try connection.isSandbox ? nil : StorageOptions.pushJournal(runID, restart: self.restart)
        if journal?.isResuming == true {
            IssueReport.printError("resuming: an interrupted run of this push is continued")
        }
        let report = IssueReport()
        let input = try RecordInput.open(self.input.input, options: self.input.readOptions, issues: report.handle)
        let (file, format) = (input.name, input.format)
        // The first batches' rows are read, and their columns mapped, before a list is made: input that cannot be
        // read there leaves no empty list behind.
        var reader = try ReadAheadRecordReader(input, count: ListPush.maxHeldRows)
        let mapper = try ProspectMapper(names: reader.fieldNames, overrides: self.input.mappingOverrides, file: file)
        var writeOptions = self.output.writeOptions
        writeOptions.atomic = true
        var writer = try RecordOutput.open(self.output.output, options: writeOptions, fallback: format)
        let list = try await self.list(client: connection.client, journal: journal)
        IssueReport.printError("pushing to list '\(list.name)' (\(list.id))")
        let pusher = ProspectPusher(
            client: connection.client, listID: list.id,
            listIsNew: self.list != nil && journal?.isResuming != true)
        var push = ListPush(pusher: pusher, overrides: self.input.mappingOverrides, journal: journal)
        // Signals stop the push gracefully once batches are sent; before, ending the process at once is safe.
        let summary = try await withStopSignals { stop in
            try await push.run(reader: &reader, writer: &writer, file: file, mapper: mapper, stop: stop)
        }
        if summary.stopReason == nil {
            try journal?.discard()
        }
        return summary
    }

    /// The list to push into: created (or, on a resumed run, the one it created), or the one `--append-to` names.
    private func list(client: LeadIQClient, journal: PushJournal?) async throws -> ProspectList {
        if let name = self.list {
            let input = ListInput(name: name, description: self.description)
            return try await ListCreation.create(input, client: client, journal: journal)
        }
        let list = try await client.list(id: self.appendTo!)
        try journal?.recordList(id: list.id)
        return list
    }

    /// Names this input, this list and this API, so that running the same push again finds the journal it left.
    private func runID(connection: APIConnection) -> String {
        let target = self.list.map { "list=" + $0 } ?? "append-to=" + (self.appendTo ?? "")
        let identity = ["push", connection.cacheNamespace, target] + self.input.runIdentity
        return "push-" + StableHash.hex(identity.joined(separator: "\u{1F}"))
    }
}
