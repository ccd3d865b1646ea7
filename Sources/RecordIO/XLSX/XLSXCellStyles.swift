/// The workbook's cell formats (`cellXfs` in the styles part), reduced to what reading needs: which style indices
/// show their number as a date or time.
struct XLSXCellStyles {
    private var dateFormats: [XLSXDateFormat?] = []

    init() {}

    init(stream: XMLStream) throws {
        var customFormats: [Int: XLSXDateFormat?] = [:]
        var inCellFormats = false
        while try stream.read() {
            switch (stream.node, stream.localName) {
            case (.element, "numFmt"):
                guard let id = stream.attribute("numFmtId").flatMap({ Int($0) }) else { continue }
                customFormats[id] = XLSXDateFormat(formatCode: stream.attribute("formatCode") ?? "")
            case (.element, "cellXfs"):
                inCellFormats = !stream.isEmptyElement
            case (.endElement, "cellXfs"):
                inCellFormats = false
            case (.element, "xf") where inCellFormats:
                let id = stream.attribute("numFmtId").flatMap { Int($0) } ?? 0
                self.dateFormats.append(customFormats[id] ?? XLSXDateFormat(builtinID: id))
            default:
                continue
            }
        }
    }

    /// The date format of the cell style at `index` (a cell's `s` attribute), `nil` for a plain number.
    func dateFormat(_ index: Int) -> XLSXDateFormat? {
        self.dateFormats.indices.contains(index) ? self.dateFormats[index] : nil
    }
}
