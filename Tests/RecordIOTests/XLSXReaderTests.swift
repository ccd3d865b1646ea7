import Foundation
import Testing

@testable import RecordIO

@Suite struct XLSXReaderTests {
    static let sheet = TestSupport.fixture("contacts-sheet.xlsx")

    @Test func readsTheLibreOfficeWorkbookAsTyped() throws {
        let (records, issues) = try TestSupport.readAll(Self.sheet)
        #expect(issues.isEmpty)
        #expect(records.count == 4)
        #expect(
            records[0].names == [
                "First Name", "Last Name", "Email", "Zip", "Phone", "Employees", "Revenue", "Signed Up", "Active",
                "Notes",
            ])
        #expect(
            records.map(\.values) == [
                [
                    "Zoë", "Ångström", "zoe@example.com", "02134", "+1 555 0100", "250", "1234.5", "2024-03-01", "TRUE",
                    "Café ☕, naïve",
                ],
                ["李", "王", "wang@example.cn", "00501", "0044 20 7946 0958", "12", "0.1", "2023-12-31", "FALSE", ""],
                [
                    "Émile", "", "emile@example.fr", "75001", "", "1000000", "99.99", "1999-01-15", "TRUE",
                    "says \"bonjour\" & <waves>",
                ],
                ["Ann", "O'Brien", "", "07030", "555-0199", "", "-42", "2000-02-29", "FALSE", "emoji 🎉"],
            ])
        #expect(records.map(\.position.line) == [2, 3, 4, 5])
        #expect(records.map(\.position.index) == [0, 1, 2, 3])
        #expect(records[3].position.description == "\(Self.sheet):5")
    }

    @Test func knowsAWorkbookByItsContent() throws {
        let copy = try TestSupport.file("export.dat", Array(try Data(contentsOf: URL(fileURLWithPath: Self.sheet))))
        var input = try RecordInput.open(copy)
        #expect(input.format == .xlsx)
        #expect(try input.next()?["Zip"] == "02134")
    }

    @Test func choosesTheSheetByNameOrNumber() throws {
        let (byName, _) = try TestSupport.readAll(Self.sheet, ReadOptions(sheet: "contacts-sheet"))
        let (byNumber, _) = try TestSupport.readAll(Self.sheet, ReadOptions(sheet: "1"))
        #expect(byName.count == 4)
        #expect(byName == byNumber)
        let error = try #require(TestSupport.readError(Self.sheet, ReadOptions(sheet: "Leads")))
        #expect(
            error.description
                == "\(Self.sheet) has no sheet 'Leads'; pass --sheet with one of 'contacts-sheet' or a number from 1 to 1"
        )
    }

    @Test func withoutAHeaderNamesColumnsByNumber() throws {
        let (records, _) = try TestSupport.readAll(Self.sheet, ReadOptions(hasHeader: false))
        #expect(records.count == 5)
        #expect(records[0].names.first == "column1")
        #expect(records[0].values.first == "First Name")
        #expect(records[0].position.line == 1)
    }

    @Test func refusesAZipBombBeforeInflatingIt() throws {
        let path = TestSupport.fixture("awkward/zip-bomb.xlsx")
        let error = try #require(TestSupport.readError(path))
        #expect(
            error.description.hasPrefix(
                "\(path) is refused as a possible zip bomb: part xl/worksheets/sheet1.xml inflates"))
    }

    @Test func refusesAPartThatInflatesPastItsDeclaredSize() throws {
        let path = TestSupport.fixture("awkward/understated-size.xlsx")
        let error = try #require(TestSupport.readError(path))
        #expect(
            error.description
                == "\(path) is refused as a possible zip bomb: part xl/worksheets/sheet1.xml inflates past the size its "
                + "header declares; if the workbook is genuine, export the sheet as CSV")
    }

    @Test func refusesExternalEntitiesInASheet() throws {
        let path = TestSupport.fixture("awkward/xxe-sheet.xlsx")
        let error = try #require(TestSupport.readError(path))
        #expect(!error.description.contains("root:"))
        #expect(error.description.hasPrefix("\(path)[xl/worksheets/sheet1.xml]:3: the document declares entities"))
    }

    @Test func refusesAFileThatIsNotAWorkbook() throws {
        let path = try TestSupport.file("contacts.xlsx", "name,email\nAnn,ann@example.com\n")
        let error = try #require(TestSupport.readError(path))
        #expect(error.description.hasPrefix("\(path) is not a readable .xlsx workbook: it is not a zip archive"))
    }

    @Test(arguments: [
        ("yyyy\\-mm\\-dd", "45352", "2024-03-01"),
        ("m/d/yy h:mm", "45352.5", "2024-03-01T12:00:00"),
        ("[h]:mm:ss", "1.25", "06:00:00"),
        ("\"TRUE\";\"TRUE\";\"FALSE\"", "1", nil),
        ("General", "45352", nil),
        ("[Red]#,##0.00", "45352", nil),
        ("mmm", "59", "1900-02-28"),
    ])
    func readsDateFormatsAsASpreadsheetDoes(code: String, serial: String, expected: String?) {
        let format = XLSXDateFormat(formatCode: code)
        #expect(format?.iso8601(serial: serial, uses1904Dates: false) == expected)
    }

    @Test func countsFrom1904WhenTheWorkbookSaysSo() {
        #expect(XLSXDateFormat.date.iso8601(serial: "0", uses1904Dates: true) == "1904-01-01")
        #expect(XLSXDateFormat(builtinID: 14)?.iso8601(serial: "61", uses1904Dates: false) == "1900-03-01")
    }
}
