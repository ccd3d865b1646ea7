import Testing

@testable import RecordIO

@Suite struct RecordTests {
    @Test func appendKeepsInputFieldsFirst() {
        var record = Record(
            names: ["Email", "Name"],
            values: ["a@b.co", "Ann"],
            position: SourcePosition(file: "in.csv", line: 2, index: 0)
        )
        record.append("leadiq_status", "matched")
        #expect(record.names == ["Email", "Name", "leadiq_status"])
        #expect(record["leadiq_status"] == "matched")
        #expect(record["missing"] == nil)
        #expect(record.position.description == "in.csv:2")
    }
}
