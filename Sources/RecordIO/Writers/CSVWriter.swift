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
    private var header: [String]?
    /// For records whose names differ from the header: the names seen last and, per header column, their value index.
    private var lastNames: [String] = []
    private var lastOrder: [Int?] = []

    init(sink: ByteSink, delimiter: UInt8, byteOrderMark: Bool, escapeFormulas: Bool) {
        self.output = OutputBuffer(sink: sink)
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.escapeFormulas = escapeFormulas
    }

    public mutating func write(_ record: Record) throws {
        guard let header = self.header else {
            self.header = record.names
            if self.byteOrderMark { self.output.bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            self.appendRow(record.names)
            return try self.write(record)
        }
        if record.names == header {
            self.appendRow(record.values)
        } else {
            if record.names != self.lastNames {
                self.lastOrder = Self.order(of: record, under: header)
                self.lastNames = record.names
            }
            self.appendRow(self.lastOrder.map { $0.map { record.values[$0] } ?? "" })
        }
        try self.output.flushIfFull()
    }

    public mutating func finish() throws {
        try self.output.flush()
    }

    /// For each header column, the index of the record's value under that name (the n-th column of a repeated name
    /// takes the n-th such field), then the indices of fields the header lacks: those are written after the last
    /// column, as the CSV reader reads a long row, rather than dropped.
    private static func order(of record: Record, under header: [String]) -> [Int?] {
        var indices: [String: [Int]] = [:]
        for (index, name) in record.names.enumerated() { indices[name, default: []].append(index) }
        var order = header.map { name -> Int? in
            guard let index = indices[name]?.first else { return nil }
            indices[name]!.removeFirst()
            return index
        }
        let placed = Set(order.compactMap { $0 })
        order += record.names.indices.filter { !placed.contains($0) }.map { Optional($0) }
        return order
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
