import ArgumentParser
import RecordIO

/// `leadiq inspect`: shows how leadiq reads a file — format, delimiter, encoding, record count and the contact-field
/// mapping — so a user can check it before spending credits.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a file's detected format, delimiter, encoding, record count and contact-field mapping."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let report = IssueReport()
        var reader = try RecordInput.open(self.input.input, options: self.input.readOptions, issues: report.handle)
        var fields = FieldNameUnion()
        var count = 0
        while let record = try reader.next() {
            count += 1
            fields.add(record)
        }
        let mapping = try FieldMapping.automatic(
            for: fields.names, overrides: self.input.mappingOverrides, file: reader.name
        )
        print("file:      \(reader.name)")
        print("format:    \(reader.format.name)")
        if let delimiter = reader.delimiter { print("delimiter: \(Self.describe(delimiter))") }
        print("encoding:  \(reader.encoding.rawValue)")
        print("records:   \(count)")
        print("warnings:  \(report.warnings)")
        print("rejected:  \(report.rejected)")
        print("mapping:")
        let width = CanonicalField.allCases.map(\.rawValue.count).max()!
        for field in CanonicalField.allCases {
            let padded = field.rawValue + String(repeating: " ", count: width - field.rawValue.count)
            print("  \(padded)  \(mapping.columns[field].map { "← \($0)" } ?? "(none)")")
        }
        let mapped = Set(mapping.columns.values)
        let unmapped = fields.names.filter { !mapped.contains($0) }
        print("unmapped:  \(unmapped.isEmpty ? "(none)" : unmapped.joined(separator: ", "))")
    }

    private static func describe(_ delimiter: UInt8) -> String {
        delimiter == UInt8(ascii: "\t") ? "tab" : "'\(Character(Unicode.Scalar(delimiter)))'"
    }
}
