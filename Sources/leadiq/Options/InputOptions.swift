import ArgumentParser
import RecordIO

/// Where records come from and how to read them; shared by every command that reads a file.
struct InputOptions: ParsableArguments, Sendable {
    /// One `--map canonical=Column` override.
    struct ColumnOverride: Sendable {
        let field: CanonicalField
        let column: String

        static func parse(_ argument: String) throws -> ColumnOverride {
            let fields = CanonicalField.allCases.map(\.rawValue).joined(separator: ", ")
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex,
                argument.index(after: equals) != argument.endIndex
            else {
                throw ValidationError("--map takes canonical=Column, for example --map email=\"Work E-mail\"")
            }
            let name = String(argument[..<equals])
            guard let field = CanonicalField(rawValue: name) else {
                throw ValidationError("--map: unknown contact field '\(name)'; use one of \(fields)")
            }
            return ColumnOverride(field: field, column: String(argument[argument.index(after: equals)...]))
        }
    }

    @Argument(help: "The input file, or - for standard input.")
    var input: String

    @Option(help: "The input format: csv, jsonl, xml or xlsx (default: from the file extension, else from the content).")
    var from: RecordFormat?

    @Option(
        name: [.short, .long],
        help: "The CSV delimiter: a character, or tab (default: detected among , ; tab |).",
        transform: InputOptions.parseDelimiter
    )
    var delimiter: UInt8?

    @Flag(help: "The CSV has no header row; its columns are named column1, column2, …")
    var noHeader = false

    @Option(help: "The input encoding: utf-8, latin1, windows-1252 or utf-16 (default: utf-8, or as its BOM says).")
    var encoding: TextEncoding?

    @Option(help: "The XML element holding one record (default: each child of the root).")
    var recordElement: String?

    @Option(help: "The worksheet of an .xlsx input: its name, or its number from 1 (default: the first).")
    var sheet: String?

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "Take a contact field from this column: canonical=Column (repeatable).",
            discussion: "Contact fields: \(CanonicalField.allCases.map(\.rawValue).joined(separator: ", "))."
        ),
        transform: ColumnOverride.parse
    )
    var overrides: [ColumnOverride] = []

    @Option(help: "The longest CSV field or JSON line accepted, in bytes.")
    var maxFieldBytes = 1 << 20

    func validate() throws {
        if self.maxFieldBytes < 1 { throw ValidationError("--max-field-bytes must be at least 1") }
        if self.recordElement != nil && self.from != nil && self.from != .xml {
            throw ValidationError("--record-element applies only to XML input")
        }
        if self.sheet != nil && self.from != nil && self.from != .xlsx {
            throw ValidationError("--sheet applies only to .xlsx input")
        }
        let fields = self.overrides.map(\.field)
        if let repeated = fields.first(where: { field in fields.filter { $0 == field }.count > 1 }) {
            throw ValidationError("--map \(repeated.rawValue)=… is given more than once; give each field once")
        }
    }

    /// What the options say about reading, for `RecordInput.open`.
    var readOptions: ReadOptions {
        ReadOptions(
            format: self.from, delimiter: self.delimiter, hasHeader: !self.noHeader, encoding: self.encoding,
            recordElement: self.recordElement, sheet: self.sheet, maxFieldBytes: self.maxFieldBytes
        )
    }

    /// The `--map` overrides, for `FieldMapping.automatic(for:overrides:file:)`.
    var mappingOverrides: [CanonicalField: String] {
        Dictionary(self.overrides.map { ($0.field, $0.column) }, uniquingKeysWith: { _, last in last })
    }

    static func parseDelimiter(_ argument: String) throws -> UInt8 {
        switch argument.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        default:
            guard argument.utf8.count == 1, let byte = argument.utf8.first, byte != UInt8(ascii: "\""),
                byte != 0x0A, byte != 0x0D
            else {
                throw ValidationError("--delimiter takes one ASCII character other than a quote or newline, or 'tab'")
            }
            return byte
        }
    }
}
