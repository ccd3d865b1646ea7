/// Where a record starts in its input, for messages that let a user find the row.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// The input's name as the user gave it (`-` for standard input).
    public var file: String
    /// 1-based line of the record's first byte.
    public var line: Int
    /// 0-based index of the record among the input's records.
    public var index: Int

    public init(file: String, line: Int, index: Int) {
        self.file = file
        self.line = line
        self.index = index
    }

    public var description: String { "\(self.file):\(self.line)" }
}
