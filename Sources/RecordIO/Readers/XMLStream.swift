internal import CLibXML2

/// libxml2's streaming `xmlTextReader` over bytes pulled from a closure, hardened for untrusted documents: no network,
/// no DTD loading, no entity substitution, and a document whose DOCTYPE declares entities is refused before libxml2
/// parses a declaration (`XMLPrologGuard`, with a check of the parsed DOCTYPE behind it). This closes XXE (file
/// contents leaking into values) and entity expansion bombs for every XML input: record XML and spreadsheet parts.
final class XMLStream {
    /// The bytes of the document: fills the buffer, returns how many bytes it wrote, 0 at the end.
    typealias Source = (UnsafeMutableRawBufferPointer) throws -> Int

    enum Node {
        case element
        case endElement
        case text
        case other
    }

    private final class Context {
        let source: Source
        var sourceError: (any Error)?
        var error: (message: String, line: Int)?
        var prologGuard = XMLPrologGuard()
        /// The line of an entity declaration the guard found; reading stopped there.
        var entityDeclarationLine: Int?

        init(source: @escaping Source) {
            self.source = source
        }
    }

    /// The document's name, for messages.
    let name: String
    private let reader: OpaquePointer
    private let context: Context

    private static let parserInitialized: Void = xmlInitParser()
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOXINCNODE.rawValue
    )

    /// - Parameter forceUTF8: read the bytes as UTF-8 whatever the document's declaration says (for a transcoded input).
    init(name: String, forceUTF8: Bool, source: @escaping Source) throws {
        _ = Self.parserInitialized
        self.name = name
        self.context = Context(source: source)
        let contextPointer = Unmanaged.passUnretained(self.context).toOpaque()
        let readCallback: xmlInputReadCallback = { contextPointer, buffer, length in
            let context = Unmanaged<Context>.fromOpaque(contextPointer!).takeUnretainedValue()
            do {
                let bytes = UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))
                let count = try context.source(bytes)
                if let line = context.prologGuard.scan(UnsafeRawBufferPointer(rebasing: bytes[..<count])) {
                    context.entityDeclarationLine = line
                    return -1
                }
                return Int32(count)
            } catch {
                context.sourceError = error
                return -1
            }
        }
        let encoding = forceUTF8 ? "UTF-8" : nil
        guard let reader = xmlReaderForIO(readCallback, nil, contextPointer, name, encoding, Self.options) else {
            throw RecordIOError.cannotOpen(name, reason: "libxml2 could not start a reader")
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

    /// Moves to the next node; `false` at the end of the document. Throws for malformed XML, a DOCTYPE that declares
    /// entities, or an error of the source; `recordIndex` goes into the error's position.
    func read(recordIndex: Int = 0) throws -> Bool {
        let status = xmlTextReaderRead(self.reader)
        if status < 0 { throw self.failure(index: recordIndex) }
        if status == 0 { return false }
        if xmlTextReaderNodeType(self.reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
            && self.declaresEntities()
        {
            throw RecordIOError.forbiddenDTD(at: self.position(self.currentLine, index: recordIndex))
        }
        return true
    }

    /// The kind of the current node; text covers CDATA and whitespace.
    var node: Node {
        switch xmlTextReaderNodeType(self.reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            return .text
        default: return .other
        }
    }

    var depth: Int32 { xmlTextReaderDepth(self.reader) }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(self.reader) == 1 }

    /// The current node's name without its namespace prefix.
    var localName: String {
        xmlTextReaderConstLocalName(self.reader).map { String(cString: $0) } ?? ""
    }

    /// The current text node's or attribute's value.
    var value: String {
        xmlTextReaderConstValue(self.reader).map { String(cString: $0) } ?? ""
    }

    var currentLine: Int {
        let line = xmlGetLineNo(xmlTextReaderCurrentNode(self.reader))
        return line > 0 ? line : Int(xmlTextReaderGetParserLineNumber(self.reader))
    }

    /// The value of the current element's attribute with this qualified name (`r`, `t`, `r:id`), if present.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(self.reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(self.reader) }
        return self.value
    }

    /// The current element's attributes by local name, namespace declarations left out, in document order.
    func attributes() -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(self.reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(self.reader) == 1 { continue }
            attributes.append((self.localName, self.value))
        }
        xmlTextReaderMoveToElement(self.reader)
        return attributes
    }

    func position(_ line: Int, index: Int) -> SourcePosition {
        SourcePosition(file: self.name, line: line, index: index)
    }

    /// Why reading stopped: the source's own error, a refused DOCTYPE, or libxml2's first error with its line.
    func failure(index: Int = 0) -> any Error {
        if let error = self.context.sourceError { return error }
        if let line = self.context.entityDeclarationLine {
            return RecordIOError.forbiddenDTD(at: self.position(line, index: index))
        }
        let (message, line) =
            self.context.error ?? ("the document ends before its elements are closed", self.currentLine)
        return RecordIOError.malformedXML(at: self.position(line, index: index), detail: message)
    }

    /// Reached through the current node, not `xmlTextReaderCurrentDoc`, which hands the document to the caller: the
    /// reader then keeps every node it has read (memory grows with the input) and never frees the document.
    private func declaresEntities() -> Bool {
        guard let subset = xmlTextReaderCurrentNode(self.reader)?.pointee.doc?.pointee.intSubset else { return false }
        return subset.pointee.entities != nil || subset.pointee.pentities != nil
    }
}
