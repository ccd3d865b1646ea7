import ArgumentParser
import RecordIO

/// `leadiq convert`: reads records in one format and writes them in another, streaming, in input order.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert contact records between CSV, JSON Lines and XML.",
        discussion: """
            Formats come from --from/--to, else from the file extensions, else from the input's content (output \
            defaults to the input's format). Row problems (ragged CSV rows, lines that are not JSON objects) are \
            reported on standard error with their line; every other row is written, in input order.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Write only the mapped contact fields, under their canonical names (see leadiq inspect).")
    var canonical = false

    func validate() throws {
        if self.input.input != "-" && OutputOptions.sameFile(self.input.input, self.output.output) {
            throw ValidationError("-o names the input file, which would be overwritten while it is read; pick another")
        }
    }

    func run() throws {
        let report = IssueReport()
        var reader = try RecordInput.open(self.input.input, options: self.input.readOptions, issues: report.handle)
        var writer = try RecordOutput.open(self.output.output, options: self.output.writeOptions, fallback: reader.format)
        var mapping: FieldMapping?
        var count = 0
        while var record = try reader.next() {
            if self.canonical {
                if mapping == nil {
                    mapping = try FieldMapping.automatic(
                        for: record.names, overrides: self.input.mappingOverrides, file: reader.name
                    )
                }
                record = mapping!.canonicalRecord(from: record)
            }
            try writer.write(record)
            count += 1
        }
        try writer.finish()
        report.summarize(records: count, verb: "converted")
    }
}
