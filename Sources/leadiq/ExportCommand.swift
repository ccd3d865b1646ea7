import ArgumentParser
import Enrichment
import LeadIQ
import RecordIO

/// `leadiq export`: every prospect of a list, one flattened row each.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every prospect of a LeadIQ Prospector list to CSV or JSON Lines (free).",
        discussion: """
            Pages through the list 100 prospects at a time and writes each as it arrives. Nested values become \
            dotted columns (company.name, location.city…); lists such as mobilePhones and listIds are joined \
            with '; '.
            """
    )

    @Argument(help: "The list id (see leadiq lists).")
    var listID: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var api: APIOptions

    func validate() throws {
        if !WireFormat.isObjectID(self.listID) {
            throw ValidationError("LIST_ID is 24 hexadecimal digits.")
        }
    }

    func run() async throws {
        let (listID, path, options) = (self.listID, self.output.output, self.output.writeOptions)
        let count = try await self.api.withConnection { connection in
            var writer = try RecordOutput.open(path, options: options, fallback: .csv)
            var count = 0
            for try await prospect in connection.client.allListProspects(listID: listID) {
                try writer.write(prospect.record(index: count, source: listID))
                count += 1
            }
            try writer.finish()
            return count
        }
        IssueReport.printError("exported \(count) prospect\(count == 1 ? "" : "s")")
    }
}
