/// Writes one JSON object per line, keys in the record's order, dotted names nested back into objects
/// (`person.email` → `{"person":{"email":…}}`), JSON literals from a JSON Lines input written back as they were.
public struct JSONLinesWriter: RecordWriter {
    private var output: OutputBuffer
    private var template: RecordTemplate?

    init(sink: ByteSink) {
        self.output = OutputBuffer(sink: sink)
    }

    public mutating func write(_ record: Record) throws {
        if self.template?.names != record.names { self.template = Self.template(for: record.names) }
        self.template!.render(into: &self.output.bytes) { index, output in
            let value = record.values[index]
            if record.jsonLiterals.contains(index) {
                output.append(contentsOf: value.isEmpty ? "null".utf8 : value.utf8)
            } else {
                JSONText.appendQuoted(value, to: &output)
            }
        }
        try self.output.flushIfFull()
    }

    public mutating func flushUnfinished() throws {
        try self.output.flushUnlessEmpty()
    }

    public mutating func finish() throws {
        try self.output.flush()
    }

    private static func template(for names: [String]) -> RecordTemplate {
        var template = RecordTemplate(names: names)
        template.append("{")
        var isFirst = true
        for event in FieldLayout(names: names).events {
            switch event {
            case .open(let key):
                template.append((isFirst ? [] : [UInt8(ascii: ",")]) + JSONText.quoted(key) + Array(":{".utf8))
                isFirst = true
            case .field(let key, let index):
                template.append((isFirst ? [] : [UInt8(ascii: ",")]) + JSONText.quoted(key) + [UInt8(ascii: ":")])
                template.appendValue(index)
                isFirst = false
            case .close:
                template.append("}")
                isFirst = false
            }
        }
        template.append("}\n")
        return template
    }
}
