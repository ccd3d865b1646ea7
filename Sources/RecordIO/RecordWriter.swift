/// A streaming sink of records: each record is encoded and handed to the output as it arrives.
public protocol RecordWriter {
    mutating func write(_ record: Record) throws
    /// Writes what the format needs at the end (closing tags, buffered bytes) and flushes the output.
    mutating func finish() throws
    /// Writes out the records buffered so far without finishing the output, for a run that stops before its end:
    /// what it wrote can be read, and an atomic output stays under its `.partial` name.
    mutating func flushUnfinished() throws
    /// Starts the output with the header row that names `names`, in a format that has one (CSV, XLSX), unless a record
    /// was written first; the other formats write nothing. So an output with no records still names its columns.
    mutating func writeHeader(_ names: [String]) throws
}

extension RecordWriter {
    /// Formats without a header row write nothing until a record comes.
    public mutating func writeHeader(_ names: [String]) throws {}

    /// Formats that cannot be read before they are finished (a zipped workbook) keep their bytes.
    public mutating func flushUnfinished() throws {}
}
