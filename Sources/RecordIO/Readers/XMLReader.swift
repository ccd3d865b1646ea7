/// Reads records from XML with libxml2's streaming `xmlTextReader`, holding one record's fields at a time.
///
/// The record element is each child of the root, or every element named `recordElement` when given. A record's
/// attributes and child elements become fields by local name (namespaces ignored); nested elements and their
/// attributes get dotted names (`address.city`, `phone.type`); text of elements that have child elements is ignored.
/// A record element with text and no child elements is a field of its own (`<email>a@x.co</email>` is the record
/// `email`).
/// An empty file, or one of only whitespace, has no records.
///
/// A name that comes twice in one record (an element repeated inside it) is kept twice, and reported once per name:
/// JSON Lines would repeat the key, and most JSON readers keep only its last value.
///
/// Hardened as `XMLStream` is: a DOCTYPE that declares entities is refused, nothing external is ever loaded.
public final class XMLReader: RecordReader {
    private let stream: XMLStream
    private let recordElement: String?
    private var recordIndex = 0
    private let issues: ReadIssueHandler
    /// The repeated names reported so far.
    private var repeated: Set<String> = []
    /// Whether the input holds nothing but whitespace, which libxml2 would call malformed.
    private let isBlank: Bool

    init(input: ByteInput, recordElement: String?, issues: @escaping ReadIssueHandler) throws {
        // A transcoded input is UTF-8 by now, whatever its declaration says; otherwise libxml2 reads the declaration.
        self.stream = try XMLStream(name: input.name, forceUTF8: input.encoding != .utf8) { try input.read(into: $0) }
        self.recordElement = recordElement
        self.issues = issues
        self.isBlank = input.prefix.count < ByteInput.sniffLength
            && input.prefix.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    private struct OpenElement {
        let name: String
        var hasChildren = false
        var text = ""
    }

    public func next() throws -> Record? {
        if self.isBlank { return nil }
        var names: [String] = []
        var values: [String] = []
        var open: [OpenElement] = []
        var recordDepth: Int32 = -1
        var recordLine = 0
        var record = OpenElement(name: "")
        while true {
            guard try self.stream.read(recordIndex: self.recordIndex) else {
                if recordDepth >= 0 { throw self.stream.failure(index: self.recordIndex) }
                return nil
            }
            let depth = self.stream.depth
            switch self.stream.node {
            case .element:
                let name = self.stream.localName
                let isEmpty = self.stream.isEmptyElement
                if recordDepth < 0 {
                    guard self.recordElement.map({ $0 == name }) ?? (depth == 1) else { continue }
                    recordDepth = depth
                    recordLine = self.stream.currentLine
                    record = OpenElement(name: name)
                    self.readAttributes(prefix: "", into: &names, &values)
                    if isEmpty { return self.record(names, values, line: recordLine) }
                    open = []
                    continue
                }
                let path = open.last.map { "\($0.name).\(name)" } ?? name
                if open.isEmpty { record.hasChildren = true } else { open[open.count - 1].hasChildren = true }
                self.readAttributes(prefix: path + ".", into: &names, &values)
                if isEmpty {
                    names.append(path)
                    values.append("")
                } else {
                    open.append(OpenElement(name: path))
                }
            case .text:
                if open.isEmpty {
                    record.text += self.stream.value
                } else {
                    open[open.count - 1].text += self.stream.value
                }
            case .endElement:
                guard recordDepth >= 0 else { continue }
                if depth == recordDepth {
                    if !record.hasChildren && !record.text.allSatisfy(\.isWhitespace) {
                        names.append(record.name)
                        values.append(record.text)
                    }
                    return self.record(names, values, line: recordLine)
                }
                let element = open.removeLast()
                if !element.hasChildren {
                    names.append(element.name)
                    values.append(element.text)
                }
            case .other:
                continue
            }
        }
    }

    private func record(_ names: [String], _ values: [String], line: Int) -> Record {
        defer { self.recordIndex += 1 }
        let record = Record(names: names, values: values, position: self.stream.position(line, index: self.recordIndex))
        if Set(names).count < names.count {
            self.reportRepeatedNames(of: record)
        }
        return record
    }

    private func reportRepeatedNames(of record: Record) {
        var seen: Set<String> = []
        let new = record.names.filter { !seen.insert($0).inserted && self.repeated.insert($0).inserted }
        guard !new.isEmpty else { return }
        self.issues(
            ReadIssue(
                kind: .warning, position: record.position,
                message: "\(new.joined(separator: ", ")) \(new.count == 1 ? "comes" : "come") more than once in this "
                    + "record (an element repeated inside it); JSON Lines repeats the key and most readers keep only "
                    + "the last one. If each repeated element is a record of its own, name it with --record-element"
            ))
    }

    private func readAttributes(prefix: String, into names: inout [String], _ values: inout [String]) {
        for attribute in self.stream.attributes() {
            names.append(prefix + attribute.name)
            values.append(attribute.value)
        }
    }
}
