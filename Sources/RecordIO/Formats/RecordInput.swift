/// An opened input: a file or standard input (`-`) with its format, encoding and delimiter settled, read as records.
public struct RecordInput: RecordReader {
    /// The input's name as given (`-` for standard input).
    public let name: String
    public let format: RecordFormat
    /// The encoding the input was read in (named, or detected from a byte-order mark).
    public let encoding: TextEncoding
    /// The CSV delimiter in use (given or detected); `nil` for other formats.
    public let delimiter: UInt8?
    private var reader: any RecordReader

    /// Opens `path` (`-` for standard input): the format comes from `options`, else the extension, else the content.
    /// Row-level problems go to `issues`; errors that stop reading are thrown by `next()`.
    public static func open(
        _ path: String, options: ReadOptions = ReadOptions(), issues: @escaping ReadIssueHandler = { _ in }
    ) throws -> RecordInput {
        let input = try ByteInput(path: path, encoding: options.encoding)
        guard let format = options.format ?? RecordFormat.forPath(path) ?? RecordFormat.sniffed(input.prefix) else {
            throw RecordIOError.unknownFormat(path)
        }
        // An option only another format reads would be ignored without a word, and the wrong rows read.
        for (option, given, applies) in [
            ("--sheet", options.sheet != nil, format == .xlsx),
            ("--record-element", options.recordElement != nil, format == .xml),
        ] where given && !applies {
            throw RecordIOError.optionNotForFormat(path, option: option, format: format.name)
        }
        let reader = try format.makeReader(input, options, issues)
        return RecordInput(
            name: path, format: format, encoding: input.encoding, delimiter: (reader as? CSVReader)?.delimiter,
            reader: reader
        )
    }

    public mutating func next() throws -> Record? {
        try self.reader.next()
    }

    public var columnNames: [String]? { self.reader.columnNames }
}
