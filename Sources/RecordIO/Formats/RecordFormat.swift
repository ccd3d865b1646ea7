/// A file format leadiq reads and writes: its name, file extensions, how to recognise its content, and factories for
/// its reader and writer.
///
/// Adding a format is a reader and a writer behind `RecordReader`/`RecordWriter`, a `static let` built like the ones
/// in `RecordFormat+Builtin.swift`, and one entry in `all`.
public struct RecordFormat: Sendable, Hashable, CustomStringConvertible {
    /// The name users give to `--from`/`--to`.
    public let name: String
    /// Lower-case file extensions without the dot, the first one preferred.
    public let extensions: [String]
    /// Whether files of this format are binary rather than text: not for a terminal.
    public internal(set) var isBinary = false
    /// Whether every record has the fields one header row names (CSV, XLSX), rather than each its own (JSON Lines, XML).
    public internal(set) var hasHeaderRow = false
    /// Whether the first bytes of an input (UTF-8, leading whitespace included) look like this format.
    let sniff: @Sendable (ArraySlice<UInt8>) -> Bool
    let makeReader: @Sendable (ByteInput, ReadOptions, @escaping ReadIssueHandler) throws -> any RecordReader
    let makeWriter: @Sendable (ByteSink, WriteOptions) -> any RecordWriter

    /// Every format, in the order content sniffing tries them: CSV comes last because any text is CSV.
    public static let all: [RecordFormat] = [.jsonl, .xml, .xlsx, .csv]

    public var description: String { self.name }

    /// The format called `name` (case-insensitive), or whose extension it is (`ndjson`, `tsv`).
    public static func named(_ name: String) -> RecordFormat? {
        let key = name.lowercased()
        return Self.all.first { $0.name == key || $0.extensions.contains(key) }
    }

    /// The format a file name's extension says, if any.
    public static func forPath(_ path: String) -> RecordFormat? {
        guard let key = Self.extension(of: path) else { return nil }
        return Self.all.first { $0.extensions.contains(key) }
    }

    /// The format whose content sniffing accepts `prefix` first.
    static func sniffed(_ prefix: ArraySlice<UInt8>) -> RecordFormat? {
        Self.all.first { $0.sniff(prefix) }
    }

    public static func == (lhs: RecordFormat, rhs: RecordFormat) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.name) }
}
