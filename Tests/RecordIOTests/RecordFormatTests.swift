import Foundation
import Testing

@testable import RecordIO

@Suite struct RecordFormatTests {
    @Test func anOptionOfAnotherFormatIsRefused() throws {
        let path = try TestSupport.file("people.csv", "email\nann@example.com\n")
        let sheet = try #require(TestSupport.readError(path, ReadOptions(sheet: "2")))
        #expect(sheet.message == "--sheet does not apply to \(path), which is read as csv; leave it out, or pass --from "
            + "if the format is wrong")
        #expect(TestSupport.readError(path, ReadOptions(recordElement: "person")) != nil)
        #expect(TestSupport.readError(TestSupport.fixture("contacts.xml"), ReadOptions(recordElement: "Contact")) == nil)
    }

    @Test func choosesByOptionThenExtensionThenContent() throws {
        #expect(RecordFormat.forPath("a/b.NDJSON") == .jsonl)
        #expect(RecordFormat.forPath("x.tsv") == .csv)
        #expect(RecordFormat.forPath("dir.xml/file") == nil)
        #expect(RecordFormat.named("XML") == .xml)
        #expect(try RecordInput.open(try TestSupport.file("data", "  {\"a\":1}\n")).format == .jsonl)
        #expect(try RecordInput.open(try TestSupport.file("data", "\n<r><x/></r>")).format == .xml)
        #expect(try RecordInput.open(try TestSupport.file("data", "a,b\n")).format == .csv)
        #expect(try RecordInput.open(try TestSupport.file("data.csv", "{\"a\":1}\n")).format == .csv)
        #expect(try RecordInput.open(try TestSupport.file("data", "a\n"), options: ReadOptions(format: .xml)).format == .xml)
    }

    @Test func missingInputNamesThePath() throws {
        let error = #expect(throws: RecordIOError.self) { try RecordInput.open("/nonexistent/in.csv") }
        #expect(
            error?.description
                == "cannot open /nonexistent/in.csv: No such file or directory; check the path and its permissions")
    }

    @Test func outputIsCreatedOnlyWhenWritten() throws {
        let path = try TestSupport.outputPath("never.csv")
        _ = try RecordOutput.open(path)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: RecordIOError.self) { try RecordOutput.open("/nonexistent/dir/out.csv") }
    }
}
