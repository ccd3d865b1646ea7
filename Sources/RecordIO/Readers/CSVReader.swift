/// Reads CSV and TSV (RFC 4180) one row at a time, scanning bytes in place in large chunks.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; LF and CRLF both end rows; blank lines are
/// skipped. An empty header cell names its column `columnN`, and a repeated one is renamed (`HeaderNames`). Rows
/// shorter than the header are padded and longer ones keep their extra cells under `extra1…`, each with a warning.
/// Bytes that are not UTF-8 stop the read with an error naming the line (see `--encoding`).
public final class CSVReader: RecordReader {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    /// Candidate delimiters in order of preference when counts tie.
    static let delimiterCandidates: [UInt8] = [",", "\t", ";", "|"].map { UInt8(ascii: $0) }

    private let buffer: ChunkBuffer
    /// The delimiter in use, given or detected.
    public let delimiter: UInt8
    private let hasHeader: Bool
    private let maxFieldBytes: Int
    private let issues: ReadIssueHandler
    private var names: [String]?
    /// Header names extended with `extra1…extraN`, cached by N so ragged rows of one width share one array.
    private var extendedNames: [Int: [String]] = [:]
    private var line = 1
    private var recordIndex = 0
    private var rowLine = 1
    private var scratch: [UInt8] = []

    private enum Outcome {
        case row([String])
        case blank
        case needMore
        case end
    }

    init(
        input: ByteInput, delimiter: UInt8, hasHeader: Bool, maxFieldBytes: Int,
        chunkCapacity: Int = ChunkBuffer.defaultCapacity, issues: @escaping ReadIssueHandler
    ) {
        self.buffer = ChunkBuffer(input: input, capacity: chunkCapacity)
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.maxFieldBytes = maxFieldBytes
        self.issues = issues
    }

    public var columnNames: [String]? { self.names }

    public func next() throws -> Record? {
        while true {
            switch try self.parseRow() {
            case .end:
                return nil
            case .blank:
                continue
            case .needMore:
                _ = try self.buffer.refill()
            case .row(let cells):
                guard let names = self.names else {
                    if self.hasHeader {
                        let position = SourcePosition(
                            file: self.buffer.input.name, line: self.rowLine, index: self.recordIndex)
                        let named = cells.enumerated().map { $1.isEmpty ? "column\($0 + 1)" : $1 }
                        self.names = HeaderNames.distinct(named, position: position, issues: self.issues)
                        continue
                    }
                    self.names = (1...cells.count).map { "column\($0)" }
                    return self.record(cells, names: self.names!)
                }
                return self.record(cells, names: names)
            }
        }
    }

    private func record(_ cells: [String], names: [String]) -> Record {
        let position = SourcePosition(file: self.buffer.input.name, line: self.rowLine, index: self.recordIndex)
        self.recordIndex += 1
        var values = cells
        var recordNames = names
        if values.count < names.count {
            self.issues(
                ReadIssue(
                    kind: .warning, position: position,
                    message: "row has \(values.count) fields, the header \(names.count); the missing ones are left empty"
                ))
            values.append(contentsOf: repeatElement("", count: names.count - values.count))
        } else if values.count > names.count {
            let extra = values.count - names.count
            self.issues(
                ReadIssue(
                    kind: .warning, position: position,
                    message: "row has \(values.count) fields, the header \(names.count); the extra ones are kept as "
                        + ReadIssue.extraColumnNames(extra)
                ))
            if let cached = self.extendedNames[extra] {
                recordNames = cached
            } else {
                recordNames = names + (1...extra).map { "extra\($0)" }
                self.extendedNames[extra] = recordNames
            }
        }
        return Record(names: recordNames, values: values, position: position)
    }

    // The hot path: one pass over the row's bytes, copying each field into a String once.
    private func parseRow() throws -> Outcome {
        let base = self.buffer.base
        let end = self.buffer.end
        let final = self.buffer.isAtEnd
        let delimiter = self.delimiter
        var p = self.buffer.start
        if p == end { return final ? .end : .needMore }
        if base[p] == Self.lineFeed || base[p] == Self.carriageReturn {
            if base[p] == Self.carriageReturn && p + 1 == end && !final { return .needMore }
            if base[p] == Self.carriageReturn && p + 1 < end && base[p + 1] == Self.lineFeed { p += 1 }
            self.buffer.start = p + 1
            self.line += 1
            return .blank
        }
        var cells: [String] = []
        cells.reserveCapacity(self.names?.count ?? 16)
        var newlines = 0
        while true {
            let fieldLine = self.line + newlines
            if p < end && base[p] == Self.quote {
                p += 1
                let contentStart = p
                var hasDoubledQuotes = false
                var high: UInt8 = 0
                while true {
                    while p < end && base[p] != Self.quote {
                        high |= base[p]
                        if base[p] == Self.lineFeed { newlines += 1 }
                        p += 1
                    }
                    if p == end || (p + 1 == end && !final) {
                        if final { throw RecordIOError.unterminatedQuote(at: self.position(fieldLine)) }
                        try self.checkLength(p - contentStart, line: fieldLine)
                        return .needMore
                    }
                    if p + 1 < end && base[p + 1] == Self.quote {
                        hasDoubledQuotes = true
                        p += 2
                        continue
                    }
                    break
                }
                let contentEnd = p
                p += 1
                // Text between the closing quote and the delimiter is kept, as spreadsheets do.
                let trailingStart = p
                while p < end && base[p] != delimiter && base[p] != Self.lineFeed && base[p] != Self.carriageReturn {
                    high |= base[p]
                    p += 1
                }
                if p == end && !final { return .needMore }
                try self.checkLength(p - contentStart, line: fieldLine)
                if !hasDoubledQuotes && trailingStart == p {
                    cells.append(try self.string(base + contentStart, contentEnd - contentStart, high, fieldLine))
                } else {
                    self.scratch.removeAll(keepingCapacity: true)
                    var q = contentStart
                    while q < contentEnd {
                        self.scratch.append(base[q])
                        q += base[q] == Self.quote ? 2 : 1
                    }
                    self.scratch.append(contentsOf: UnsafeBufferPointer(start: base + trailingStart, count: p - trailingStart))
                    let value = try self.scratch.withUnsafeBufferPointer {
                        try self.string($0.baseAddress!, $0.count, high, fieldLine)
                    }
                    cells.append(value)
                }
            } else {
                let fieldStart = p
                var high: UInt8 = 0
                while p < end {
                    let byte = base[p]
                    if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    high |= byte
                    p += 1
                }
                if p == end && !final {
                    try self.checkLength(p - fieldStart, line: fieldLine)
                    return .needMore
                }
                try self.checkLength(p - fieldStart, line: fieldLine)
                cells.append(try self.string(base + fieldStart, p - fieldStart, high, fieldLine))
            }
            if p == end { break }
            let byte = base[p]
            if byte == delimiter {
                p += 1
                continue
            }
            if byte == Self.carriageReturn {
                if p + 1 == end && !final { return .needMore }
                if p + 1 < end && base[p + 1] == Self.lineFeed { p += 1 }
            }
            p += 1
            newlines += 1
            break
        }
        self.buffer.start = p
        self.rowLine = self.line
        self.line += newlines
        return .row(cells)
    }

    private func string(_ start: UnsafePointer<UInt8>, _ count: Int, _ high: UInt8, _ line: Int) throws -> String {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        if high < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        guard let value = String(validating: bytes, as: UTF8.self) else {
            throw RecordIOError.invalidUTF8(at: self.position(line))
        }
        return value
    }

    private func checkLength(_ length: Int, line: Int) throws {
        if length > self.maxFieldBytes {
            throw RecordIOError.fieldTooLong(at: self.position(line), limit: self.maxFieldBytes)
        }
    }

    private func position(_ line: Int) -> SourcePosition {
        SourcePosition(file: self.buffer.input.name, line: line, index: self.recordIndex)
    }

    /// The delimiter among `,` tab `;` `|` that occurs most often in the first line outside quotes (`,` if none).
    static func detectDelimiter(in prefix: ArraySlice<UInt8>) -> UInt8 {
        var counts = [Int](repeating: 0, count: Self.delimiterCandidates.count)
        var quoted = false
        for byte in prefix {
            if byte == Self.quote {
                quoted.toggle()
            } else if !quoted {
                if byte == Self.lineFeed { break }
                if let index = Self.delimiterCandidates.firstIndex(of: byte) { counts[index] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return Self.delimiterCandidates[best]
    }
}
