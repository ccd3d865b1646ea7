import Foundation
import Testing

@testable import RecordIO

@Suite struct RecordOutputTests {
    @Test func anAtomicOutputAppearsOnlyWhenFinished() throws {
        let path = try TestSupport.outputPath("atomic.csv")
        var output = try RecordOutput.open(path, options: WriteOptions(atomic: true))
        try output.write(TestSupport.record(["email": "a@b.co"]))
        try output.write(TestSupport.record(["email": "c@d.co"], line: 3, index: 1))

        #expect(!FileManager.default.fileExists(atPath: path))
        try output.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "email\na@b.co\nc@d.co\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func anUnfinishedAtomicOutputLeavesTheOldFileAlone() throws {
        let path = try TestSupport.outputPath("kept.csv")
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        var output = try RecordOutput.open(path, options: WriteOptions(atomic: true))
        try output.write(TestSupport.record(["email": "a@b.co"]))

        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }

    @Test func aFolderIsRefusedWhenOpened() throws {
        let folder = try TestSupport.outputPath("folder.csv")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: RecordIOError.self) { try RecordOutput.open(folder, options: WriteOptions(atomic: true)) }
        #expect(throws: RecordIOError.self) { try RecordOutput.checkWritable(folder + "/missing/x.csv") }
        try RecordOutput.checkWritable(folder + "/x.csv")
    }

    @Test func aHeaderIsWrittenOnlyWhenNoRecordCameFirst() throws {
        var input = try RecordInput.open(try TestSupport.file("in.csv", "email,name\n"))
        #expect(try input.next() == nil)
        let names = try #require(input.columnNames)
        for (name, records) in [("only.csv", []), ("first.csv", [TestSupport.record(["email": "a@b.co"])])] {
            let path = try TestSupport.outputPath(name)
            var output = try RecordOutput.open(path)
            for record in records { try output.write(record) }
            try output.writeHeader(names)
            try output.finish()
            let expected = records.isEmpty ? "email,name\n" : "email\na@b.co\n"
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
        let workbook = try TestSupport.outputPath("only.xlsx")
        var output = try RecordOutput.open(workbook)
        try output.writeHeader(names)
        try output.finish()
        var back = try RecordInput.open(workbook)
        #expect(try back.next() == nil)
        #expect(back.columnNames == ["email", "name"])
    }

    @Test func anEmptyAtomicOutputIsStillCreated() throws {
        let path = try TestSupport.outputPath("empty.jsonl")
        var output = try RecordOutput.open(path, options: WriteOptions(atomic: true))
        try output.finish()

        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
    }
}

@Suite struct PeekingRecordReaderTests {
    @Test func peekShowsTheNextRecordWithoutConsumingIt() throws {
        let path = try TestSupport.file("in.csv", "email\na@b.co\nc@d.co\n")
        var reader = PeekingRecordReader(try RecordInput.open(path))
        #expect(try reader.peek()?["email"] == "a@b.co")
        #expect(try reader.peek()?["email"] == "a@b.co")
        #expect(try reader.next()?["email"] == "a@b.co")
        #expect(try reader.next()?["email"] == "c@d.co")
        #expect(try reader.peek() == nil)
        #expect(try reader.next() == nil)
    }
}
