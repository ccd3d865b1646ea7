import Foundation
import Testing

@Suite struct ConvertCommandTests {
    /// A workbook is binary: written to a terminal it would only garble the screen.
    @Test func anXLSXOutputIsNotWrittenToATerminal() async throws {
        let result = try await PseudoTerminal.run(
            ["convert", CommandRunner.fixture("contacts.csv"), "--to", "xlsx"], prompt: "no prompt", reply: "")
        #expect(result.status == 2, "\(result.transcript)")
        #expect(result.transcript.contains("xlsx output is binary and standard output is a terminal"))
        #expect(!result.transcript.contains("PK"))
    }

    /// A header with no rows gives an output that still names its columns; it used to be empty.
    @Test func aHeaderWithNoRowsKeepsItsColumns() async throws {
        let workspace = try CommandWorkspace()
        let input = workspace.path("header-only.csv")
        try "email,First Name\n".write(toFile: input, atomically: true, encoding: .utf8)
        let plain = try await CommandRunner.run(["convert", input, "--to", "csv"])
        #expect(plain.status == 0 && plain.text == "email,First Name\n")
        let canonical = try await CommandRunner.run(["convert", input, "--to", "csv", "--canonical"])
        #expect(canonical.status == 0 && canonical.text == "first_name,email\n")
    }

    @Test(arguments: ["contacts.csv", "awkward/semicolon-bom-crlf.csv", "awkward/ragged.csv"])
    func csvThroughJSONLinesAndBackKeepsColumnsAndValues(fixture: String) async throws {
        let path = CommandRunner.fixture(fixture)
        let jsonl = try await CommandRunner.run(["convert", path, "--to", "jsonl"])
        #expect(jsonl.status == 0)
        let csv = try await CommandRunner.run(["convert", "-", "--from", "jsonl", "--to", "csv"], input: jsonl.standardOutput)
        #expect(csv.status == 0)
        let original = try await CommandRunner.run(["convert", path, "--to", "csv", "--no-escape-formulas"])
        #expect(csv.text == original.text)
        if fixture == "contacts.csv" {
            #expect(csv.text == (try String(contentsOfFile: path, encoding: .utf8)))
        }
    }

    @Test func xmlAndJSONLinesFixturesHoldTheSamePeopleAsTheCSV() async throws {
        let fromCSV = try await CommandRunner.run(["convert", CommandRunner.fixture("contacts.csv"), "--to", "jsonl", "--canonical"])
        let fromJSON = try await CommandRunner.run(["convert", CommandRunner.fixture("contacts.jsonl"), "--canonical"])
        let fromXML = try await CommandRunner.run(["convert", CommandRunner.fixture("contacts.xml"), "--to", "jsonl", "--canonical"])
        #expect(fromCSV.status == 0)
        #expect(fromCSV.text.split(separator: "\n").count == 25)
        #expect(fromJSON.text == fromCSV.text)
        #expect(fromXML.text == fromCSV.text)
    }

    @Test func malformedInputFailsWithFileAndLine() async throws {
        let path = CommandRunner.fixture("awkward/unterminated-quote.csv")
        let result = try await CommandRunner.run(["convert", path, "--to", "jsonl"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(path):3: a quoted field starting here is never closed"))
    }

    @Test func rowProblemsAreReportedAndTheRestConverted() async throws {
        let path = CommandRunner.fixture("awkward/mixed.jsonl")
        let result = try await CommandRunner.run(["convert", path, "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n").count == 2)
        #expect(result.standardError.contains("rejected: \(path):3: the line is not a JSON object"))
        #expect(result.standardError.contains("converted 2 records, 2 rejected rows"))
        #expect(result.standardError.contains("rejected: \(path):4: invalid JSON"))
    }

    /// CSV's header is the first record's fields: a later record's field it has no column for is written unnamed
    /// after the last column, and said on standard error instead of passing silently.
    @Test func aFieldTheCSVHeaderLacksIsWarnedAbout() async throws {
        let path = CommandRunner.fixture("awkward/mixed.jsonl")
        let result = try await CommandRunner.run(["convert", path, "--to", "csv"])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n").last == "bob@example.com,,,,,,,,\"Bob \"\"B\"\" é😀\"")
        #expect(result.standardError.contains("warning: \(path):6: field 'name' has no column in standard output"))
    }

    @Test func refusesToOverwriteItsInput() async throws {
        let path = CommandRunner.fixture("contacts.csv")
        let result = try await CommandRunner.run(["convert", path, "-o", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("-o names the input file"))
        let respelled = (path as NSString).deletingLastPathComponent + "/./contacts.csv"
        let again = try await CommandRunner.run(["convert", path, "-o", respelled])
        #expect(again.status == 2)
        #expect(again.standardError.contains("-o names the input file"))
    }

    /// Usage errors exit 2, as the README's table says, whether ArgumentParser finds them or a command's own check.
    @Test func anUnknownOptionIsAUsageError() async throws {
        let result = try await CommandRunner.run(["convert", CommandRunner.fixture("contacts.csv"), "--bogus"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Unknown option '--bogus'"))
        #expect(result.standardError.contains("Usage: leadiq convert"))
    }

    @Test func unknownMapFieldIsAUsageError() async throws {
        let result = try await CommandRunner.run(["convert", CommandRunner.fixture("contacts.csv"), "--map", "mail=Email"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--map: unknown contact field 'mail'"))
    }
}
