#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An opened output: a file or standard output (`-`) with its format settled, written record by record.
public struct RecordOutput: RecordWriter {
    public let name: String
    public let format: RecordFormat
    private var writer: any RecordWriter
    private let sink: ByteSink

    /// Opens `path` (`-` for standard output) for writing: the format comes from `options`, else the extension, else
    /// `fallback` (for example the input's format). The file is created on the first write, so a run that stops
    /// before writing leaves no empty file behind; with `options.atomic` it appears only when `finish()` succeeds.
    public static func open(
        _ path: String, options: WriteOptions = WriteOptions(), fallback: RecordFormat? = nil
    ) throws -> RecordOutput {
        guard let format = options.format ?? RecordFormat.forPath(path) ?? fallback else {
            throw RecordIOError.unknownFormat(path)
        }
        if path == "-" && format.isBinary && isatty(STDOUT_FILENO) == 1 {
            throw RecordIOError.binaryToTerminal(format.name)
        }
        let sink = try ByteSink(path: path, atomic: options.atomic)
        return RecordOutput(name: path, format: format, writer: format.makeWriter(sink, options), sink: sink)
    }

    /// Throws the error `open` would for `path` (not standard output): a folder, or a place no file can be written.
    /// For files written at the end of a run, such as its report, so the run does not start when that would fail.
    public static func checkWritable(_ path: String) throws {
        try ByteSink.checkWritable(path)
    }

    public mutating func write(_ record: Record) throws {
        try self.writer.write(record)
    }

    public mutating func writeHeader(_ names: [String]) throws {
        try self.writer.writeHeader(names)
    }

    public mutating func flushUnfinished() throws {
        try self.writer.flushUnfinished()
    }

    public mutating func finish() throws {
        try self.writer.finish()
        try self.sink.commit()
    }
}
