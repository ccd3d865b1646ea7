internal import CLibXML2

/// Reads records from XML with libxml2's streaming `xmlTextReader`, holding one record's fields at a time.
///
/// The record element is each child of the root, or every element named `recordElement` when given. A record's
/// attributes and child elements become fields by local name (namespaces ignored); nested elements and their
/// attributes get dotted names (`address.city`, `phone.type`); text of elements that have child elements is ignored.
///
/// Hardened: no network, no DTD loading, no entity substitution, and any document whose DOCTYPE declares entities is
/// refused before libxml2 parses a declaration (`XMLPrologGuard`, with a check of the parsed DOCTYPE behind it) — this
/// closes XXE (file contents leaking into fields) and entity expansion bombs.
public final class XMLReader: RecordReader {
    private final class Context {
        let input: ByteInput
        var error: (message: String, line: Int)?
        var prologGuard = XMLPrologGuard()
        /// The line of an entity declaration the guard found; reading stopped there.
        var entityDeclarationLine: Int?

        init(input: ByteInput) {
            self.input = input
        }
    }

    private let reader: OpaquePointer
    private let context: Context
    private let recordElement: String?
    private var recordIndex = 0

    private static let parserInitialized: Void = xmlInitParser()
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOXINCNODE.rawValue
    )

    init(input: ByteInput, recordElement: String?) throws {
        _ = Self.parserInitialized
        self.context = Context(input: input)
        self.recordElement = recordElement
        let contextPointer = Unmanaged.passUnretained(self.context).toOpaque()
        let readCallback: xmlInputReadCallback = { contextPointer, buffer, length in
            let context = Unmanaged<Context>.fromOpaque(contextPointer!).takeUnretainedValue()
            do {
                let bytes = UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))
                let count = try context.input.read(into: bytes)
                if let line = context.prologGuard.scan(UnsafeRawBufferPointer(rebasing: bytes[..<count])) {
                    context.entityDeclarationLine = line
                    return -1
                }
                return Int32(count)
            } catch {
                context.input.deferredError = error as? RecordIOError
                return -1
            }
        }
        // A transcoded input is UTF-8 by now, whatever its declaration says; otherwise libxml2 reads the declaration.
        let encoding = input.encoding == .utf8 ? nil : "UTF-8"
        guard let reader = xmlReaderForIO(readCallback, nil, contextPointer, input.name, encoding, Self.options) else {
            throw RecordIOError.cannotOpen(input.name, reason: "libxml2 could not start a reader")
        }
        self.reader = reader
        let errorCallback: xmlStructuredErrorFunc = { contextPointer, error in
            guard let contextPointer, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let context = Unmanaged<Context>.fromOpaque(contextPointer).takeUnretainedValue()
            guard context.error == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            context.error = (message.trimmingWhitespace(), Int(error.pointee.line))
            // Declarations in an encoding libxml2 decodes itself (UTF-16 without a byte-order mark) pass the byte
            // scan, and an expansion libxml2 stops may fail before the DOCTYPE check: still report the DOCTYPE.
            let parser = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self)
            if let subset = parser?.pointee.myDoc?.pointee.intSubset,
                subset.pointee.entities != nil || subset.pointee.pentities != nil
            {
                context.entityDeclarationLine = Int(error.pointee.line)
            }
        }
        xmlTextReaderSetStructuredErrorHandler(reader, errorCallback, contextPointer)
    }

    deinit {
        xmlFreeTextReader(self.reader)
    }

    private struct OpenElement {
        let name: String
        var hasChildren = false
        var text = ""
    }

    public func next() throws -> Record? {
        var names: [String] = []
        var values: [String] = []
        var open: [OpenElement] = []
        var recordDepth: Int32 = -1
        var recordLine = 0
        while true {
            let status = xmlTextReaderRead(self.reader)
            if status < 0 { throw self.failure() }
            if status == 0 {
                if recordDepth >= 0 { throw self.failure() }
                return nil
            }
            let depth = xmlTextReaderDepth(self.reader)
            switch xmlTextReaderNodeType(self.reader) {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                if self.declaresEntities() { throw RecordIOError.forbiddenDTD(at: self.position(self.currentLine)) }
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = self.localName
                let isEmpty = xmlTextReaderIsEmptyElement(self.reader) == 1
                if recordDepth < 0 {
                    guard self.recordElement.map({ $0 == name }) ?? (depth == 1) else { continue }
                    recordDepth = depth
                    recordLine = self.currentLine
                    self.readAttributes(prefix: "", into: &names, &values)
                    if isEmpty { return self.record(names, values, line: recordLine) }
                    open = []
                    continue
                }
                let path = open.last.map { "\($0.name).\(name)" } ?? name
                if !open.isEmpty { open[open.count - 1].hasChildren = true }
                self.readAttributes(prefix: path + ".", into: &names, &values)
                if isEmpty {
                    names.append(path)
                    values.append("")
                } else {
                    open.append(OpenElement(name: path))
                }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                if !open.isEmpty, let value = xmlTextReaderConstValue(self.reader) {
                    open[open.count - 1].text += String(cString: value)
                }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard recordDepth >= 0 else { continue }
                if depth == recordDepth { return self.record(names, values, line: recordLine) }
                let element = open.removeLast()
                if !element.hasChildren {
                    names.append(element.name)
                    values.append(element.text)
                }
            default:
                continue
            }
        }
    }

    private func record(_ names: [String], _ values: [String], line: Int) -> Record {
        defer { self.recordIndex += 1 }
        return Record(names: names, values: values, position: self.position(line))
    }

    private var localName: String {
        xmlTextReaderConstLocalName(self.reader).map { String(cString: $0) } ?? ""
    }

    private var currentLine: Int {
        let line = xmlGetLineNo(xmlTextReaderCurrentNode(self.reader))
        return line > 0 ? line : Int(xmlTextReaderGetParserLineNumber(self.reader))
    }

    private func readAttributes(prefix: String, into names: inout [String], _ values: inout [String]) {
        while xmlTextReaderMoveToNextAttribute(self.reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(self.reader) == 1 { continue }
            names.append(prefix + self.localName)
            values.append(xmlTextReaderConstValue(self.reader).map { String(cString: $0) } ?? "")
        }
        xmlTextReaderMoveToElement(self.reader)
    }

    /// Reached through the current node, not `xmlTextReaderCurrentDoc`, which hands the document to the caller: the
    /// reader then keeps every node it has read (memory grows with the input) and never frees the document.
    private func declaresEntities() -> Bool {
        guard let subset = xmlTextReaderCurrentNode(self.reader)?.pointee.doc?.pointee.intSubset else { return false }
        return subset.pointee.entities != nil || subset.pointee.pentities != nil
    }

    private func position(_ line: Int) -> SourcePosition {
        SourcePosition(file: self.context.input.name, line: line, index: self.recordIndex)
    }

    private func failure() -> RecordIOError {
        if let error = self.context.input.deferredError { return error }
        if let line = self.context.entityDeclarationLine { return RecordIOError.forbiddenDTD(at: self.position(line)) }
        let (message, line) = self.context.error ?? ("the document ends before its elements are closed", self.currentLine)
        return RecordIOError.malformedXML(at: self.position(line), detail: message)
    }
}
