/// The fixed parts of the one-sheet workbook `XLSXWriter` produces, and the frame of its sheet: the least a workbook
/// needs to open in Excel and LibreOffice without a repair prompt (content types, relationships, a workbook naming
/// the sheet, and a style sheet whose second cell format makes the header bold).
enum XLSXParts {
    static let sheetPath = "xl/worksheets/sheet1.xml"

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    static let sheetStart = declaration + "<worksheet xmlns=\"\(main)\"><sheetData>\n"
    static let sheetEnd = "</sheetData></worksheet>\n"

    /// Path and content of every part but the sheet, in the order they are zipped.
    static let fixed: [(path: String, text: String)] = [
        (
            "[Content_Types].xml",
            declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentTypePrefix).sheet.main+xml\"/>"
                + "<Override PartName=\"/\(sheetPath)\" ContentType=\"\(contentTypePrefix).worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentTypePrefix).styles+xml\"/>"
                + "</Types>\n"
        ),
        (
            "_rels/.rels",
            declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>\n"
        ),
        (
            "xl/workbook.xml",
            declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationshipTypes)\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>\n"
        ),
        (
            "xl/_rels/workbook.xml.rels",
            declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(relationshipTypes)/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>\n"
        ),
        (
            "xl/styles.xml",
            declaration + "<styleSheet xmlns=\"\(main)\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>\n"
        ),
    ]
}
