import Foundation
import ZIPFoundation

/// Writes one worksheet of an .xlsx workbook: a bold header row from the first record's names, then one row per record,
/// every value an inline string so it reads back exactly as given (leading zeros, long digit runs, dates as text).
/// Later records' fields are placed by name as in CSV; empty values leave their cell out.
///
/// The sheet's XML is streamed to a temporary file and zipped with the workbook's fixed parts on `finish()`, so
/// memory stays flat in the number of rows. The limits of the format are errors naming the record, never a workbook a
/// spreadsheet program would have to repair: at most 1,048,576 rows, 16,384 columns and 32,767 characters a cell.
public struct XLSXWriter: RecordWriter {
    static let maxRows = 1_048_576
    static let maxCharactersPerCell = 32_767

    private let sink: ByteSink
    private let directory: URL
    private let sheetURL: URL
    /// The sheet's XML so far, in a temporary file opened on the first row.
    private var sheet: OutputBuffer?
    private var alignment: HeaderAlignment?
    private let unnamedField: (@Sendable (String, SourcePosition) -> Void)?
    private var rowNumber = 0
    /// Column letters as bytes, by column index, grown as wider rows arrive.
    private var columnNames: [[UInt8]] = []

    init(sink: ByteSink, unnamedField: (@Sendable (String, SourcePosition) -> Void)? = nil) {
        self.sink = sink
        self.unnamedField = unnamedField
        self.directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leadiq-xlsx-\(UUID().uuidString)")
        self.sheetURL = self.directory.appendingPathComponent("sheet1.xml")
    }

    public mutating func write(_ record: Record) throws {
        try self.writeHeader(record.names, position: record.position)
        try self.appendRow(self.alignment!.cells(of: record), style: nil, position: record.position)
        try self.sheet!.flushIfFull()
    }

    public mutating func writeHeader(_ names: [String]) throws {
        try self.writeHeader(names, position: SourcePosition(file: self.sink.name, line: 1, index: 0))
    }

    /// The header row, unless it is written already; `position` is what an error about it names.
    private mutating func writeHeader(_ names: [String], position: SourcePosition) throws {
        guard self.alignment == nil else { return }
        self.alignment = HeaderAlignment(header: names, unnamedField: self.unnamedField)
        try self.appendRow(names, style: "1", position: position)
    }

    public mutating func finish() throws {
        defer { try? FileManager.default.removeItem(at: self.directory) }
        do {
            try self.openSheet()
            self.sheet!.bytes.append(contentsOf: XLSXParts.sheetEnd.utf8)
            try self.sheet!.flush()
            let archiveURL = self.directory.appendingPathComponent("workbook.xlsx")
            let archive = try Archive(url: archiveURL, accessMode: .create)
            for (path, text) in XLSXParts.fixed {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
            }
            try archive.addEntry(
                with: XLSXParts.sheetPath, fileURL: self.sheetURL, compressionMethod: .deflate)
            try self.copy(archiveURL)
        } catch let error as RecordIOError {
            throw error
        } catch {
            throw RecordIOError.writeFailed(self.sink.name, reason: "\(error)")
        }
    }

    private mutating func openSheet() throws {
        guard self.sheet == nil else { return }
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        self.sheet = OutputBuffer(sink: try ByteSink(path: self.sheetURL.path))
        self.sheet!.bytes.append(contentsOf: XLSXParts.sheetStart.utf8)
    }

    private func copy(_ url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try self.sink.write([UInt8](chunk))
        }
    }

    private mutating func appendRow(_ cells: [String], style: String?, position: SourcePosition) throws {
        guard self.rowNumber < Self.maxRows else {
            throw RecordIOError.spreadsheetLimit(
                at: position, detail: "an .xlsx sheet holds at most \(Self.maxRows) rows, header included")
        }
        guard cells.count <= XLSXReader.maxColumns else {
            throw RecordIOError.spreadsheetLimit(
                at: position,
                detail: "an .xlsx sheet holds at most \(XLSXReader.maxColumns) columns, this record has \(cells.count)")
        }
        try self.openSheet()
        self.rowNumber += 1
        let row = Array(String(self.rowNumber).utf8)
        self.sheet!.bytes.append(contentsOf: "<row r=\"".utf8)
        self.sheet!.bytes.append(contentsOf: row)
        self.sheet!.bytes.append(contentsOf: "\">".utf8)
        while self.columnNames.count < cells.count {
            self.columnNames.append(Array(XLSXReader.columnName(self.columnNames.count).utf8))
        }
        for (column, cell) in cells.enumerated() where !cell.isEmpty {
            guard cell.utf16.count <= Self.maxCharactersPerCell else {
                throw RecordIOError.spreadsheetLimit(
                    at: position,
                    detail: "an .xlsx cell holds at most \(Self.maxCharactersPerCell) characters, "
                        + "column \(column + 1) of this record has \(cell.utf16.count)")
            }
            self.sheet!.bytes.append(contentsOf: "<c r=\"".utf8)
            self.sheet!.bytes.append(contentsOf: self.columnNames[column])
            self.sheet!.bytes.append(contentsOf: row)
            if let style { self.sheet!.bytes.append(contentsOf: "\" s=\"\(style)".utf8) }
            let preserve = cell.first.map(\.isWhitespace) == true || cell.last.map(\.isWhitespace) == true
            self.sheet!.bytes.append(
                contentsOf: (preserve
                    ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>").utf8)
            XMLWriter.appendEscaped(XLSXText.encode(cell), to: &self.sheet!.bytes)
            self.sheet!.bytes.append(contentsOf: "</t></is></c>".utf8)
        }
        self.sheet!.bytes.append(contentsOf: "</row>\n".utf8)
    }
}
