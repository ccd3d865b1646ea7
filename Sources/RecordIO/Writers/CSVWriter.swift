/// Writes RFC 4180 CSV: a header from the first record's names, then one row per record, quoting only what needs it.
/// Later records' fields are placed by name; fields the header lacks go after its last column, never dropped.
///
/// Cells a spreadsheet would run as a formula are prefixed with `'` unless `escapeFormulas` is off: those starting with
/// `=`, `@`, tab or CR, and those starting with `+` or `-` unless they hold nothing but digits, spaces and `()+-./`
/// (phone numbers and signed numbers, which cannot call a function, stay as they are).
public struct CSVWriter: RecordWriter {
    private var output: OutputBuffer
    private let delimiter: UInt8
    private let escapeFormulas: Bool
    private var byteOrderMark: Bool
    private var alignment: HeaderAlignment?
    private let unnamedField: (@Sendable (String, SourcePosition) -> Void)?

    init(
        sink: ByteSink, delimiter: UInt8, byteOrderMark: Bool, escapeFormulas: Bool,
        unnamedField: (@Sendable (String, SourcePosition) -> Void)? = nil
    ) {
        self.output = OutputBuffer(sink: sink)
        self.unnamedField = unnamedField
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.escapeFormulas = escapeFormulas
    }

    public mutating func write(_ record: Record) throws {
        try self.writeHeader(record.names)
        self.appendRow(self.alignment!.cells(of: record))
        try self.output.flushIfFull()
    }

    public mutating func writeHeader(_ names: [String]) throws {
        guard self.alignment == nil else { return }
        self.alignment = HeaderAlignment(header: names, unnamedField: self.unnamedField)
        if self.byteOrderMark { self.output.bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        self.appendRow(names)
    }

    public mutating func flushUnfinished() throws {
        try self.output.flushUnlessEmpty()
    }

    public mutating func finish() throws {
        try self.output.flush()
    }

    private mutating func appendRow(_ cells: [String]) {
        // A row of one empty cell would be a blank line, which readers skip; "" keeps it a row.
        if cells.count == 1 && cells[0].isEmpty {
            self.output.bytes.append(contentsOf: [0x22, 0x22, 0x0A])
            return
        }
        for (index, cell) in cells.enumerated() {
            if index > 0 { self.output.bytes.append(self.delimiter) }
            self.appendCell(cell)
        }
        self.output.bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendCell(_ cell: String) {
        var cell = cell
        cell.withUTF8 { bytes in
            let escape = self.escapeFormulas && Self.looksLikeFormula(bytes)
            let needsQuotes = bytes.contains { $0 == self.delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard escape || needsQuotes else {
                self.output.bytes.append(contentsOf: bytes)
                return
            }
            if needsQuotes { self.output.bytes.append(0x22) }
            if escape { self.output.bytes.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in bytes {
                    self.output.bytes.append(byte)
                    if byte == 0x22 { self.output.bytes.append(0x22) }
                }
                self.output.bytes.append(0x22)
            } else {
                self.output.bytes.append(contentsOf: bytes)
            }
        }
    }

    private static let harmlessAfterSign = Set("0123456789 ()+-./".utf8)

    static func looksLikeFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return !bytes.allSatisfy { Self.harmlessAfterSign.contains($0) }
        default:
            return false
        }
    }
}
