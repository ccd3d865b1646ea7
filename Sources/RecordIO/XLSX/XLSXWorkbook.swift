/// What a workbook says about itself before any sheet is read: its sheets in tab order with their parts, the date
/// system, and where the shared strings and cell formats are.
struct XLSXWorkbook {
    struct Sheet {
        let name: String
        let path: String
    }

    let sheets: [Sheet]
    /// Whether day 0 is 1904-01-01 (old Mac workbooks) rather than 1899-12-30.
    let uses1904Dates: Bool
    let sharedStringsPath: String?
    let stylesPath: String?

    init(package: XLSXPackage) throws {
        let root = try package.relationships(of: "")
        guard let workbookPath = root.values.first(where: { $0.type == "officeDocument" })?.target else {
            throw RecordIOError.invalidWorkbook(package.name, detail: "it has no workbook part")
        }
        let relationships = try package.relationships(of: workbookPath)
        guard let stream = try package.part(workbookPath) else {
            throw RecordIOError.invalidWorkbook(package.name, detail: "its workbook part \(workbookPath) is missing")
        }
        var sheets: [Sheet] = []
        var uses1904Dates = false
        while try stream.read() {
            guard stream.node == .element else { continue }
            switch stream.localName {
            case "workbookPr":
                uses1904Dates = ["1", "true"].contains(stream.attribute("date1904") ?? "")
            case "sheet":
                let attributes = stream.attributes()
                guard let name = attributes.first(where: { $0.name == "name" })?.value,
                    let id = attributes.first(where: { $0.name == "id" })?.value,
                    let relationship = relationships[id], relationship.type == "worksheet"
                else { continue }
                sheets.append(Sheet(name: name, path: relationship.target))
            default:
                continue
            }
        }
        guard !sheets.isEmpty else {
            throw RecordIOError.invalidWorkbook(package.name, detail: "it has no worksheet")
        }
        self.sheets = sheets
        self.uses1904Dates = uses1904Dates
        self.sharedStringsPath = relationships.values.first { $0.type == "sharedStrings" }?.target
        self.stylesPath = relationships.values.first { $0.type == "styles" }?.target
    }

    /// The sheet called `selector`, else the `selector`-th (from 1); the first sheet when `selector` is `nil`.
    func sheet(_ selector: String?, in path: String) throws -> Sheet {
        guard let selector else { return self.sheets[0] }
        if let sheet = self.sheets.first(where: { $0.name == selector }) { return sheet }
        if let number = Int(selector), (1...self.sheets.count).contains(number) { return self.sheets[number - 1] }
        throw RecordIOError.unknownSheet(path, sheet: selector, available: self.sheets.map(\.name))
    }
}
