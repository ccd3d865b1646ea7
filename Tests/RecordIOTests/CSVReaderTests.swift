import Foundation
import Testing

@testable import RecordIO

@Suite struct CSVReaderTests {
    @Test func readsBOMCRLFSemicolonsAndQuotedFields() throws {
        let (records, issues) = try TestSupport.readAll(TestSupport.fixture("awkward/semicolon-bom-crlf.csv"))
        #expect(issues.isEmpty)
        #expect(records.count == 2)
        #expect(records[0].names == ["Email", "Name", "Notes"])
        #expect(records[0].values == ["ann@example.com", "Ann; the \"first\"", "line one\r\nline two"])
        #expect(records[0].position.line == 2)
        #expect(records[1].values == ["bob@example.com", "Bob", ""])
        #expect(records[1].position.line == 4)
        #expect(records[1].position.index == 1)
    }

    @Test func detectsTheDelimiterAndReportsIt() throws {
        let input = try RecordInput.open(TestSupport.fixture("awkward/semicolon-bom-crlf.csv"))
        #expect(input.format == .csv)
        #expect(input.delimiter == UInt8(ascii: ";"))
        let tabs = try RecordInput.open(try TestSupport.file("in.txt", "a\tb\tc,d\n1\t2\t3,4\n"))
        #expect(tabs.delimiter == UInt8(ascii: "\t"))
        let pipes = try RecordInput.open(try TestSupport.file("in.csv", "\"a|b\"|c|d\n"))
        #expect(pipes.delimiter == UInt8(ascii: "|"))
    }

    @Test func keepsRaggedRowsAndWarnsWithTheirLine() throws {
        let (records, issues) = try TestSupport.readAll(TestSupport.fixture("awkward/ragged.csv"))
        #expect(records.count == 3)
        #expect(records[1].values == ["bob@example.com", "Bob", ""])
        #expect(records[2].names == ["Email", "Name", "Company", "extra1", "extra2"])
        #expect(records[2].values == ["cy@example.com", "Cy", "Initech", "extra-1", "extra-2"])
        #expect(issues.map(\.kind) == [.warning, .warning])
        #expect(issues.map(\.position.line) == [3, 4])
        #expect(issues[0].message == "row has 2 fields, the header 3; the missing ones are left empty")
        #expect(issues[1].message == "row has 5 fields, the header 3; the extra ones are kept as extra1…extra2")
    }

    @Test func oneExtraCellIsNamedOnce() throws {
        let (records, issues) = try TestSupport.readAll(try TestSupport.file("one-extra.csv", "a,b\n1,2,3\n"))
        #expect(records[0].names == ["a", "b", "extra1"])
        #expect(issues.map(\.message) == ["row has 3 fields, the header 2; the extra ones are kept as extra1"])
    }

    @Test func unterminatedQuoteAtEndOfFileNamesItsLine() throws {
        let path = TestSupport.fixture("awkward/unterminated-quote.csv")
        let error = try #require(TestSupport.readError(path))
        #expect(error.position?.line == 3)
        #expect(
            error.description
                == "\(path):3: a quoted field starting here is never closed; add the missing closing quote (\") "
                + "or remove the stray one")
    }

    @Test func invalidUTF8NamesTheLineAndSuggestsAnEncoding() throws {
        let path = TestSupport.fixture("awkward/latin1.csv")
        let error = try #require(TestSupport.readError(path))
        #expect(error.position?.line == 3)
        #expect(error.description.hasPrefix("\(path):3: bytes that are not valid UTF-8; "))
        #expect(error.description.contains("--encoding windows-1252"))
    }

    @Test func readsLegacyAndUTF16Encodings() throws {
        let (latin1, _) = try TestSupport.readAll(
            TestSupport.fixture("awkward/latin1.csv"), ReadOptions(encoding: .latin1))
        #expect(latin1[1].values == ["jose@example.com", "José", "Málaga"])

        let (windows, _) = try TestSupport.readAll(
            TestSupport.fixture("awkward/windows-1252.csv"), ReadOptions(encoding: .windows1252))
        #expect(windows[0]["Title"] == "“Chief” € Officer")

        let input = try RecordInput.open(TestSupport.fixture("awkward/utf16.csv"))
        #expect(input.encoding == .utf16)
        #expect(input.delimiter == UInt8(ascii: "\t"))
        let (utf16, _) = try TestSupport.readAll(TestSupport.fixture("awkward/utf16.csv"))
        #expect(utf16.map(\.values) == [["ann@example.com", "Zoë", "CTO"]])
    }

    @Test func refusesAnEncodingThatContradictsTheByteOrderMark() throws {
        let path = try TestSupport.file("marked.csv", "\u{FEFF}email,name\nann@example.com,Zoë\n")
        let error = try #require(TestSupport.readError(path, ReadOptions(encoding: .latin1)))
        #expect(
            error.description
                == "cannot read \(path) in the encoding given: it starts with a utf-8 byte-order mark, so it is not "
                + "latin1; leave out --encoding")
        let utf16 = TestSupport.fixture("awkward/utf16.csv")
        #expect(try TestSupport.readError(utf16, ReadOptions(encoding: .windows1252)) != nil)
        let (records, _) = try TestSupport.readAll(path, ReadOptions(encoding: .utf8))
        #expect(records.map(\.values) == [["ann@example.com", "Zoë"]])
    }

    @Test func refusesUTF16ForTextWithoutZeroBytes() throws {
        let path = try TestSupport.file("plain.csv", "email,name\nann@example.com,Ann\n")
        let error = try #require(TestSupport.readError(path, ReadOptions(encoding: .utf16)))
        #expect(error.message.contains("no byte-order mark and no zero bytes, so it is not UTF-16"))
    }

    @Test func repeatedAndEmptyHeaderNamesAreMadeDistinct() throws {
        let path = try TestSupport.file("repeats.csv", "email,name,email,,name,name_2\na,b,c,d,e,f\n")
        let (records, issues) = try TestSupport.readAll(path)
        #expect(records[0].names == ["email", "name", "email_2", "column4", "name_3", "name_2"])
        #expect(records[0]["email_2"] == "c")
        #expect(issues.map { "\($0.position): \($0.message)" } == [
            "\(path):1: the header repeats column names; the later ones are renamed 'email' → 'email_2', "
                + "'name' → 'name_3'"
        ])
    }

    @Test func namesColumnsWithoutAHeader() throws {
        let (records, _) = try TestSupport.readAll(
            TestSupport.fixture("awkward/no-header.tsv"), ReadOptions(hasHeader: false))
        #expect(records.count == 2)
        #expect(records[0].names == ["column1", "column2", "column3"])
        #expect(records[1].values == ["bob@example.com", "Bob", "Initech"])
        #expect(records[1].position.line == 2)
    }

    @Test func refusesAFieldLongerThanTheLimit() throws {
        let path = try TestSupport.file("long.csv", "a,b\n1,2\n3,\"" + String(repeating: "x", count: 100) + "\"\n")
        let error = try #require(TestSupport.readError(path, ReadOptions(maxFieldBytes: 50)))
        #expect(error.position?.line == 3)
        #expect(error.message.contains("longer than 50 bytes"))
    }

    @Test func readsRowsThatStraddleChunkBoundaries() throws {
        // Rows of varied widths with quoted line breaks, enough to cross the 1 MiB read buffer several times.
        var text = "id,note,tail\n"
        var expected: [[String]] = []
        for index in 0..<40_000 {
            let note = index % 7 == 0 ? "multi\nline \"\(index)\"" : String(repeating: "n", count: index % 53)
            let quoted = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "\(index),\(quoted),é\(index)\r\n"
            expected.append(["\(index)", note, "é\(index)"])
        }
        let (records, issues) = try TestSupport.readAll(try TestSupport.file("big.csv", text))
        #expect(issues.isEmpty)
        #expect(records.map(\.values) == expected)
        #expect(records.last?.position.line == 1 + 40_000 + 40_000 / 7 + 1)
    }

    @Test func ignoresBlankTrailingLinesAndReadsALastRowWithoutNewline() throws {
        let (records, _) = try TestSupport.readAll(try TestSupport.file("in.csv", "a,b\n1,2\n3,4"))
        #expect(records.map(\.values) == [["1", "2"], ["3", "4"]])
        let (blank, _) = try TestSupport.readAll(try TestSupport.file("in.csv", "a,b\n1,2\n\n\r\n\n"))
        #expect(blank.map(\.values) == [["1", "2"]])
    }
}
