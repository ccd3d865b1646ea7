import RecordIO

/// Hands on records already in memory, for a stage that takes a `RecordReader` after one that collected its rows
/// (a search bounded by `--max` and LeadIQ's 10,000-result window).
public struct RecordArrayReader: RecordReader {
    private var records: ArraySlice<Record>

    public init(_ records: [Record]) {
        self.records = records[...]
    }

    public mutating func next() throws -> Record? {
        self.records.popFirst()
    }
}
