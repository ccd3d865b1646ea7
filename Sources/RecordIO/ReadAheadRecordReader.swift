/// A reader that reads its first records when it is made: a command that acts on the outside world before it has
/// read much (creating a list, say) learns of input it cannot read first. It holds at most `count` records.
public struct ReadAheadRecordReader<Base: RecordReader>: RecordReader {
    private var base: Base
    private var ahead: [Record]
    private var position = 0

    /// Reads up to `count` records of `base` now, throwing its errors now.
    public init(_ base: Base, count: Int) throws {
        self.base = base
        self.ahead = []
        var union = FieldNameUnion()
        while self.ahead.count < count, let record = try self.base.next() {
            self.ahead.append(record)
            union.add(record)
        }
        self.fieldNames = union.names
    }

    /// The names of the fields of the records read ahead, each once, in the order they first appear: the fields of
    /// an input whose records may each hold other ones (JSON Lines, XML), as far as its start shows them.
    public let fieldNames: [String]

    public var columnNames: [String]? { self.base.columnNames }

    public mutating func next() throws -> Record? {
        guard self.position < self.ahead.count else { return try self.base.next() }
        let record = self.ahead[self.position]
        self.position += 1
        if self.position == self.ahead.count {
            self.ahead = []
            self.position = 0
        }
        return record
    }
}
