import Foundation
import TestHelpers
import Testing

@testable import RecordIO

@Suite struct XLSXWriterTests {
    /// Values a spreadsheet round trip tends to mangle: leading zeros, long digit runs, dates and booleans as text,
    /// markup, quotes, unicode beyond the BMP, inner and outer whitespace, line breaks, the `_xHHHH_` convention.
    static let hardValues = [
        "00501", "4155550100123456789", "2024-03-01", "TRUE", "=1+1", "a & b < c > d", "say \"hi\"", "Zoë 李 🎉",
        "  padded  ", "two\nlines", "_x0041_ stays", "1.10",
    ]

    static func records(_ rows: [[String]], names: [String]) -> [Record] {
        rows.enumerated().map { index, values in
            Record(names: names, values: values, position: SourcePosition(file: "test", line: index + 2, index: index))
        }
    }

    static var hardRecords: [Record] {
        let names = ["Value", "Empty", "Last"]
        return Self.records(Self.hardValues.map { [$0, "", "end \($0)"] }, names: names)
    }

    static func write(_ records: [Record], to name: String = "out.xlsx") throws -> String {
        let path = try TestSupport.outputPath(name)
        var output = try RecordOutput.open(path)
        for record in records { try output.write(record) }
        try output.finish()
        return path
    }

    @Test func aRepeatedHeaderNameIsRenamedWhenRead() throws {
        let path = try Self.write(Self.records([["a@x.co", "b@x.co"]], names: ["Email", "Email"]))
        let (records, issues) = try TestSupport.readAll(path)
        #expect(records[0].names == ["Email", "Email_2"])
        #expect(records[0]["Email_2"] == "b@x.co")
        #expect(issues.map(\.message) == ["the header repeats column names; the later ones are renamed 'Email' → 'Email_2'"])
    }

    @Test func roundTripIsLossless() throws {
        let controls = Self.records([["tab\there", "cr\r\nlf", "bell\u{7} and \u{1F}"]], names: ["a", "b", "c"])
        for records in [Self.hardRecords, controls] {
            let (read, issues) = try TestSupport.readAll(try Self.write(records))
            #expect(issues.isEmpty)
            #expect(read.map(\.names) == records.map(\.names))
            #expect(read.map(\.values) == records.map(\.values))
            #expect(read.map(\.position.line) == records.indices.map { $0 + 2 })
        }
    }

    @Test func placesLaterFieldsByNameAndKeepsUnknownOnes() throws {
        let records = [
            TestSupport.record(["name": "Ann", "email": "ann@example.com"]),
            TestSupport.record(["email": "bob@example.com", "name": "Bob", "title": "CTO"]),
        ]
        let (read, issues) = try TestSupport.readAll(try Self.write(records))
        #expect(read.map(\.values) == [["Ann", "ann@example.com"], ["Bob", "bob@example.com", "CTO"]])
        #expect(read[1].names == ["name", "email", "extra1"])
        #expect(issues.map(\.position.line) == [3])
    }

    @Test func anEmptyOutputIsAnEmptyWorkbook() throws {
        let (read, _) = try TestSupport.readAll(try Self.write([]))
        #expect(read.isEmpty)
    }

    @Test func refusesACellLongerThanASpreadsheetHolds() throws {
        let long = String(repeating: "x", count: XLSXWriter.maxCharactersPerCell + 1)
        let error = try #require(throws: RecordIOError.self) {
            try Self.write(Self.records([[long]], names: ["note"]))
        }
        #expect(error.description.hasPrefix("test:2: an .xlsx cell holds at most 32767 characters"))
    }

    static let soffice = ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":")
        .map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        .enabled(if: Self.soffice != nil, "soffice (LibreOffice) is not installed; .ci/run installs it"),
        .timeLimit(.minutes(2)))
    func libreOfficeOpensTheWorkbookAndReadsTheSameValues() async throws {
        let workbook = try Self.write(Self.hardRecords, to: "written.xlsx")
        let directory = URL(fileURLWithPath: workbook).deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soffice!)
        process.arguments = [
            "-env:UserInstallation=file://\(directory.path)/profile", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", directory.path, workbook,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Off the concurrency pool: LibreOffice takes seconds, and the sandboxes of tests running alongside need the
        // pool's threads to answer.
        await onThreadOfItsOwn { process.waitUntilExit() }
        #expect(process.terminationStatus == 0)
        let (read, _) = try TestSupport.readAll(directory.appendingPathComponent("written.csv").path)
        #expect(read.map(\.names) == Self.hardRecords.map(\.names))
        #expect(read.map(\.values) == Self.hardRecords.map(\.values))
    }
}
