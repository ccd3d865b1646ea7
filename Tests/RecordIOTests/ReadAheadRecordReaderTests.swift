import Testing

@testable import RecordIO

@Suite struct ReadAheadRecordReaderTests {
    @Test func servesTheRecordsReadAheadThenTheRestInOrder() throws {
        let path = try TestSupport.file("five.csv", "n\n1\n2\n3\n4\n5\n")
        var reader = try ReadAheadRecordReader(try RecordInput.open(path), count: 2)
        var values: [String] = []
        while let record = try reader.next() { values.append(record["n"] ?? "") }
        #expect(values == ["1", "2", "3", "4", "5"])
    }

    /// Records that each hold other fields (JSON Lines) give all the names the records read ahead have.
    @Test func namesEveryFieldOfTheRecordsReadAhead() throws {
        let path = try TestSupport.file("varied.jsonl", "{\"name\":\"Nobody\"}\n{\"email\":\"a@x.com\",\"name\":\"A\"}\n{\"phone\":\"1\"}\n")
        let reader = try ReadAheadRecordReader(try RecordInput.open(path), count: 2)
        #expect(reader.fieldNames == ["name", "email"])
    }

    /// What cannot be read within the read-ahead is thrown when the reader is made, before anything acts on it.
    @Test func throwsTheInputsErrorWhenMade() throws {
        let path = try TestSupport.file("unclosed.csv", "n\n1\n\"2\n3\n")
        #expect(throws: RecordIOError.self) { try ReadAheadRecordReader(try RecordInput.open(path), count: 10) }
    }
}
