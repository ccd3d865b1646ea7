/// A streaming sink of records: each record is encoded and handed to the output as it arrives.
public protocol RecordWriter {
    mutating func write(_ record: Record) throws
    /// Writes what the format needs at the end (closing tags, buffered bytes) and flushes the output.
    mutating func finish() throws
}
