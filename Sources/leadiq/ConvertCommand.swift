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
        while let record = try reader.next() {
            try writer.write(try self.converted(record, mapping: &mapping, input: reader))
            count += 1
        }
        if count == 0, let names = reader.columnNames {
            // A header with no rows still gives an output that names its columns.
            let blank = Record(blankWith: names, position: SourcePosition(file: reader.name, line: 1, index: 0))
            try writer.writeHeader(try self.converted(blank, mapping: &mapping, input: reader).names)
        }
        try writer.finish()
        report.summarize(records: count, verb: "converted")
    }

    /// `record` as it is written: as it is, or with `--canonical` under the canonical names of its mapped fields
    /// (the header's mapping, made from the first record, or for JSON Lines and XML the record's own).
    private func converted(_ record: Record, mapping: inout FieldMapping?, input: RecordInput) throws -> Record {
        guard self.canonical else { return record }
        if mapping == nil {
            let overrides = self.input.mappingOverrides
            mapping =
                input.format.hasHeaderRow
                ? try FieldMapping.automatic(for: record.names, overrides: overrides, file: input.name)
                : .perRecord(overrides: overrides)
        }
        return mapping!.canonicalRecord(from: record)
    }
}
