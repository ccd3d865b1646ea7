/// A reader that can show its next record without consuming it: how a command learns a stream's field names, to map
/// them, before handing the whole stream on.
public struct PeekingRecordReader<Base: RecordReader>: RecordReader {
    private var base: Base
    private var peeked: Record??

    public init(_ base: Base) {
        self.base = base
    }

    /// The record the next `next()` returns, read now if not yet read.
    public mutating func peek() throws -> Record? {
        if let peeked = self.peeked { return peeked }
        let record = try self.base.next()
        self.peeked = .some(record)
        return record
    }

    public var columnNames: [String]? { self.base.columnNames }

    public mutating func next() throws -> Record? {
        if let peeked = self.peeked {
            self.peeked = nil
            return peeked
        }
        return try self.base.next()
    }
}
