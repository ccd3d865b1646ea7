/// Writes `<records><record>…</record></records>`: one element per field, dotted names nested back into elements
/// (`person.email` → `<person><email>…</email></person>`).
///
/// Field names that are not XML names (`First Name`, `2nd`) are made into one by replacing each character XML does
/// not allow with `_` (and prefixing `_` when the name cannot start as it does), so such names do not round-trip;
/// `renamedField` is told of each once.
public struct XMLWriter: RecordWriter {
    private var output: OutputBuffer
    private var template: RecordTemplate?
    private let renamedField: (@Sendable (String, String) -> Void)?
    /// The names `renamedField` was told of.
    private var renamed: Set<String> = []

    init(sink: ByteSink, renamedField: (@Sendable (String, String) -> Void)? = nil) {
        self.output = OutputBuffer(sink: sink)
        self.renamedField = renamedField
        self.output.bytes.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records>\n".utf8)
    }

    public mutating func write(_ record: Record) throws {
        if self.template?.names != record.names {
            let (template, renamed) = Self.template(for: record.names)
            self.template = template
            for (name, writtenAs) in renamed where self.renamed.insert(name).inserted {
                self.renamedField?(name, writtenAs)
            }
        }
        self.template!.render(into: &self.output.bytes) { index, output in
            Self.appendEscaped(record.values[index], to: &output)
        }
        try self.output.flushIfFull()
    }

    public mutating func flushUnfinished() throws {
        try self.output.flushUnlessEmpty()
    }

    public mutating func finish() throws {
        self.output.bytes.append(contentsOf: "</records>\n".utf8)
        try self.output.flush()
    }

    /// The template for records named `names`, and the names whose element, or an element they nest in, it writes
    /// under another name, with the path written instead.
    private static func template(
        for names: [String]
    ) -> (template: RecordTemplate, renamed: [(name: String, writtenAs: String)]) {
        var template = RecordTemplate(names: names)
        var renamed: [(name: String, writtenAs: String)] = []
        template.append("  <record>\n")
        // The open groups' keys, and their element names.
        var keys: [String] = []
        var open: [String] = []
        for event in FieldLayout(names: names).events {
            let indent = String(repeating: "  ", count: open.count + 2)
            switch event {
            case .open(let key):
                template.append("\(indent)<\(Self.elementName(key))>\n")
                keys.append(key)
                open.append(Self.elementName(key))
            case .field(let key, let index):
                let element = Self.elementName(key)
                template.append("\(indent)<\(element)>")
                template.appendValue(index)
                template.append("</\(element)>\n")
                if open + [element] != keys + [key] {
                    renamed.append((names[index], (open + [element]).joined(separator: ".")))
                }
            case .close:
                keys.removeLast()
                let name = open.removeLast()
                template.append("\(String(repeating: "  ", count: open.count + 2))</\(name)>\n")
            }
        }
        template.append("  </record>\n")
        return (template, renamed)
    }

    /// `key` as an XML element name: characters outside XML's name characters (and `:`) become `_`.
    static func elementName(_ key: String) -> String {
        var name = String(
            key.unicodeScalars.map { scalar -> Character in
                let allowed =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
                    || scalar == "-" || scalar == "."
                return allowed ? Character(scalar) : "_"
            })
        if let first = name.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") {
            name = "_" + name
        }
        return name.isEmpty ? "_" : name
    }

    /// Escapes markup characters; CR becomes `&#13;` so parsers do not fold CRLF, and characters XML 1.0 cannot carry
    /// at all (NUL and most C0 controls) become U+FFFD.
    static func appendEscaped(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case 0x0D: output.append(contentsOf: "&#13;".utf8)
                case 0x09, 0x0A: output.append(byte)
                case 0..<0x20: output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                default: output.append(byte)
                }
            }
        }
    }
}
