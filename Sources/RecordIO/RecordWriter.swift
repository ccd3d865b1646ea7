/// A streaming sink of records: each record is encoded and handed to the output as it arrives.
public protocol RecordWriter {
    mutating func write(_ record: Record) throws
    /// Writes what the format needs at the end (closing tags, buffered bytes) and flushes the output.
    mutating func finish() throws
    /// Writes out the records buffered so far without finishing the output, for a run that stops before its end:
    /// what it wrote can be read, and an atomic output stays under its `.partial` name.
    mutating func flushUnfinished() throws
}

extension RecordWriter {
    /// Formats that cannot be read before they are finished (a zipped workbook) keep their bytes.
    public mutating func flushUnfinished() throws {}
}
