/// How to write an output.
public struct WriteOptions: Sendable {
    /// The format; `nil` to take it from the file's extension (or the caller's fallback).
    public var format: RecordFormat?
    /// The CSV delimiter as an ASCII byte; `nil` for `,` (tab for a `.tsv` file).
    public var delimiter: UInt8?
    /// Whether a CSV output starts with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool
    /// Whether CSV cells that a spreadsheet would run as formulas are prefixed with `'`.
    public var escapeFormulas: Bool
    /// Whether a file output is written beside its name and renamed into place only when finished.
    public var atomic: Bool
    /// Told once per field name, with the first record that has it and the output's name (`-` for standard output),
    /// when a format whose header is the first record's names (CSV, XLSX) has no column for a later record's field:
    /// its value is written after the last column, unnamed, rather than dropped. `nil` says nothing.
    public var unnamedField: (@Sendable (_ name: String, _ record: SourcePosition, _ output: String) -> Void)?
    /// Told once per field name that a format must write under another name (XML, whose element names cannot hold
    /// spaces, say), with the name written instead and the output's name. `nil` says nothing.
    public var renamedField: (@Sendable (_ name: String, _ writtenAs: String, _ output: String) -> Void)?

    public init(
        format: RecordFormat? = nil, delimiter: UInt8? = nil, byteOrderMark: Bool = false, escapeFormulas: Bool = true,
        atomic: Bool = false
    ) {
        self.format = format
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.escapeFormulas = escapeFormulas
        self.atomic = atomic
    }
}
