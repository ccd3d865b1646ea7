import ArgumentParser
import Enrichment
import LeadIQ
import RecordIO

/// `leadiq push`: loads records into a new or existing Prospector list, without enrichment.
struct PushCommand: AsyncParsableCommand {
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
        if self.input.input != "-" && self.input.input == self.output.output {
            throw ValidationError(
                "-o names the input file, which would be overwritten while it is read; pick another")
        }
    }

    func run() async throws {
        let (input, output, overrides) = (
            self.input.input, self.output.output, self.input.mappingOverrides
        )
        let (readOptions, writeOptions) = (self.input.readOptions, self.output.writeOptions)
        let newList = self.list.map { ListInput(name: $0, description: self.description) }
        let existingID = self.appendTo
        let summary = try await self.api.withConnection { connection in
            let report = IssueReport()
            var reader = try RecordInput.open(input, options: readOptions, issues: report.handle)
            var writer = try RecordOutput.open(output, options: writeOptions, fallback: reader.format)
            let list: ProspectList
            if let newList {
                list = try await ListCreation.create(newList, client: connection.client)
            } else {
                list = try await connection.client.list(id: existingID!)
            }
            IssueReport.printError("pushing to list '\(list.name)' (\(list.id))")
            let pusher = ProspectPusher(
                client: connection.client, listID: list.id, listIsNew: newList != nil)
            var push = ListPush(pusher: pusher, overrides: overrides)
            return try await push.run(reader: &reader, writer: &writer, file: reader.name)
        }
        IssueReport.printError(summary.description)
        if summary.failed > 0 { throw ExitCode.failure }
    }
}
