/// Reads the rows of one worksheet of an .xlsx workbook as records, the first row naming the fields as in CSV.
///
/// The sheet's XML is inflated and parsed as a stream (`XLSXPackage`, `XMLStream`), so memory stays bounded whatever
/// the number of rows; the shared strings are the one table held. Cells come out as the workbook stores them: numbers
/// as written (a zip code typed as a number keeps its digits, no floating-point reformatting), numbers with a date or
/// time format as ISO 8601, booleans as `TRUE`/`FALSE`, errors as shown (`#DIV/0!`). A cell's reference decides its
/// column, so empty cells keep their place; rows with no value are skipped like blank CSV lines. A record's line is
/// its row number in the sheet.
public final class XLSXReader: RecordReader {
    /// The widest sheet a spreadsheet holds (column XFD); a reference beyond it is refused, not allocated.
    static let maxColumns = 16_384

    private let package: XLSXPackage
    private let stream: XMLStream
    private let sharedStrings: [String]
    private let styles: XLSXCellStyles
    private let uses1904Dates: Bool
    private let hasHeader: Bool
    private let issues: ReadIssueHandler
    /// The sheet's name, which `--sheet` chose or the first.
    public let sheetName: String
    private var names: [String]?
    private var extendedNames: [Int: [String]] = [:]
    private var recordIndex = 0
    private var rowNumber = 0

    init(input: ByteInput, sheet selector: String?, hasHeader: Bool, issues: @escaping ReadIssueHandler) throws {
        let package = try XLSXPackage(input: input)
        let workbook = try XLSXWorkbook(package: package)
        let sheet = try workbook.sheet(selector, in: input.name)
        self.package = package
        self.sheetName = sheet.name
        self.sharedStrings = try workbook.sharedStringsPath.flatMap { try package.part($0) }.map(Self.strings) ?? []
        self.styles = try workbook.stylesPath.flatMap { try package.part($0) }.map(XLSXCellStyles.init) ?? .init()
        self.uses1904Dates = workbook.uses1904Dates
        guard let stream = try package.part(sheet.path) else {
            throw RecordIOError.invalidWorkbook(
                input.name, detail: "the part \(sheet.path) of sheet '\(sheet.name)' is missing")
        }
        self.stream = stream
        self.hasHeader = hasHeader
        self.issues = issues
    }

    public var columnNames: [String]? { self.names }

    public func next() throws -> Record? {
        while let cells = try self.nextRow() {
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            guard let names = self.names else {
                if self.hasHeader {
                    let position = SourcePosition(
                        file: self.package.name, line: self.rowNumber, index: self.recordIndex)
                    let named = cells.enumerated().map { $1.isEmpty ? Self.columnName($0) : $1 }
                    self.names = HeaderNames.distinct(named, position: position, issues: self.issues)
                    continue
                }
                self.names = (1...cells.count).map { "column\($0)" }
                return self.record(cells, names: self.names!)
            }
            return self.record(cells, names: names)
        }
        return nil
    }

    private func record(_ cells: [String], names: [String]) -> Record {
        let position = SourcePosition(file: self.package.name, line: self.rowNumber, index: self.recordIndex)
        self.recordIndex += 1
        var values = cells
        var recordNames = names
        if let last = values.lastIndex(where: { !$0.isEmpty }), last >= names.count {
            values.removeSubrange((last + 1)...)
            let extra = values.count - names.count
            self.issues(
                ReadIssue(
                    kind: .warning, position: position,
                    message: "row has values beyond the header's \(names.count) columns; they are kept as "
                        + ReadIssue.extraColumnNames(extra)
                ))
            if self.extendedNames[extra] == nil { self.extendedNames[extra] = names + (1...extra).map { "extra\($0)" } }
            recordNames = self.extendedNames[extra]!
        } else {
            values.removeSubrange(min(values.count, names.count)...)
            values.append(contentsOf: repeatElement("", count: names.count - values.count))
        }
        return Record(names: recordNames, values: values, position: position)
    }

    /// The next `<row>`'s cells by column (empty strings in the gaps), or `nil` after the last row.
    private func nextRow() throws -> [String]? {
        while try self.stream.read(recordIndex: self.recordIndex) {
            guard self.stream.node == .element, self.stream.localName == "row" else { continue }
            self.rowNumber = self.stream.attribute("r").flatMap { Int($0) } ?? self.rowNumber + 1
            var cells: [String] = []
            if self.stream.isEmptyElement { return cells }
            while try self.stream.read(recordIndex: self.recordIndex) {
                switch (self.stream.node, self.stream.localName) {
                case (.element, "c"):
                    let column = try self.column(of: self.stream.attribute("r"), after: cells.count)
                    let value = try self.cellValue()
                    if column >= cells.count {
                        cells.append(contentsOf: repeatElement("", count: column - cells.count + 1))
                    }
                    cells[column] = value
                case (.endElement, "row"):
                    return cells
                default:
                    continue
                }
            }
            break
        }
        return nil
    }

    /// The value of the `<c>` element the stream is on, leaving the stream on its end.
    private func cellValue() throws -> String {
        let type = self.stream.attribute("t")
        let style = self.stream.attribute("s").flatMap { Int($0) }
        if self.stream.isEmptyElement { return "" }
        var number = ""
        var isInNumber = false
        var inline = XLSXRichText()
        while try self.stream.read(recordIndex: self.recordIndex) {
            switch (self.stream.node, self.stream.localName) {
            case (.element, "v"): isInNumber = !self.stream.isEmptyElement
            case (.endElement, "v"): isInNumber = false
            case (.text, _) where isInNumber: number += self.stream.value
            case (.endElement, "c"): return try self.value(type: type, style: style, number: number, inline: &inline)
            default: inline.observe(self.stream)
            }
        }
        throw self.stream.failure(index: self.recordIndex)
    }

    private func value(type: String?, style: Int?, number: String, inline: inout XLSXRichText) throws -> String {
        switch type {
        case "s":
            guard let index = Int(number), self.sharedStrings.indices.contains(index) else {
                throw RecordIOError.invalidWorkbook(
                    self.package.name,
                    detail: "row \(self.rowNumber) refers to shared string \(number), which is missing")
            }
            return self.sharedStrings[index]
        case "inlineStr":
            return inline.take()
        case "b":
            return number == "1" ? "TRUE" : number == "0" ? "FALSE" : number
        case "str", "e":
            return XLSXText.decode(number)
        default:
            guard let format = style.flatMap(self.styles.dateFormat) else { return number }
            return format.iso8601(serial: number, uses1904Dates: self.uses1904Dates) ?? number
        }
    }

    /// The 0-based column of a cell reference (`B7` → 1); the next column when the cell has no reference.
    private func column(of reference: String?, after previous: Int) throws -> Int {
        guard let reference else { return previous }
        var column = 0
        for byte in reference.utf8 {
            guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            if column > Self.maxColumns {
                throw RecordIOError.invalidWorkbook(
                    self.package.name, detail: "row \(self.rowNumber) has a cell beyond column XFD (\(reference))")
            }
        }
        return column > 0 ? column - 1 : previous
    }

    /// A column's letters: 0 → `A`, 26 → `AA`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            name.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((rest - 1) % 26))), at: name.startIndex)
            rest = (rest - 1) / 26
        }
        return name
    }

    private static func strings(_ stream: XMLStream) throws -> [String] {
        var strings: [String] = []
        var item = XLSXRichText()
        while try stream.read() {
            switch (stream.node, stream.localName) {
            case (.element, "si") where stream.isEmptyElement: strings.append("")
            case (.endElement, "si"): strings.append(item.take())
            default: item.observe(stream)
            }
        }
        return strings
    }
}
