/// How to read an input: everything a user can say about it on the command line.
public struct ReadOptions: Sendable {
    /// The format; `nil` to take it from the file's extension, else from its content.
    public var format: RecordFormat?
    /// The CSV delimiter as an ASCII byte; `nil` to detect it among `,` tab `;` `|`.
    public var delimiter: UInt8?
    /// Whether a CSV input's first row names its columns (otherwise they are `column1…`).
    public var hasHeader: Bool
    /// The input's encoding; `nil` for UTF-8 unless a byte-order mark says UTF-16.
    public var encoding: TextEncoding?
    /// The XML element that holds one record; `nil` for each child of the root.
    public var recordElement: String?
    /// The worksheet of an .xlsx input, by name or number from 1; `nil` for the first.
    public var sheet: String?
    /// The longest CSV field or JSON line accepted; longer is an error naming the line, not unbounded memory.
    public var maxFieldBytes: Int

    public init(
        format: RecordFormat? = nil, delimiter: UInt8? = nil, hasHeader: Bool = true, encoding: TextEncoding? = nil,
        recordElement: String? = nil, sheet: String? = nil, maxFieldBytes: Int = 1 << 20
    ) {
        self.format = format
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.encoding = encoding
        self.recordElement = recordElement
        self.sheet = sheet
        self.maxFieldBytes = maxFieldBytes
    }
}
