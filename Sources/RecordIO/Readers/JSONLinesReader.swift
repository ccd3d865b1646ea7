#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads JSON Lines: one JSON object per line, nested objects flattened to dotted names.
///
/// Blank lines are skipped and CRLF accepted. A line that is not a JSON object is reported to the issue handler as
/// rejected (with its line number and text) and reading goes on with the next line.
public final class JSONLinesReader: RecordReader {
    private let buffer: ChunkBuffer
    private let maxLineBytes: Int
    private let issues: ReadIssueHandler
    private var line = 1
    private var recordIndex = 0

    init(
        input: ByteInput, maxLineBytes: Int, chunkCapacity: Int = ChunkBuffer.defaultCapacity,
        issues: @escaping ReadIssueHandler
    ) {
        self.buffer = ChunkBuffer(input: input, capacity: chunkCapacity)
        self.maxLineBytes = maxLineBytes
        self.issues = issues
    }

    public func next() throws -> Record? {
        while true {
            let base = self.buffer.base
            let start = self.buffer.start
            let available = self.buffer.end - start
            var lineEnd: Int
            if let newline = memchr(base + start, 0x0A, available) {
                lineEnd = start + (newline.assumingMemoryBound(to: UInt8.self) - (base + start))
                self.buffer.start = lineEnd + 1
            } else if self.buffer.isAtEnd {
                if available == 0 { return nil }
                lineEnd = self.buffer.end
                self.buffer.start = lineEnd
            } else {
                try self.checkLength(available)
                _ = try self.buffer.refill()
                continue
            }
            try self.checkLength(lineEnd - start)
            let lineNumber = self.line
            self.line += 1
            if lineEnd > start && base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let bytes = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let position = SourcePosition(file: self.buffer.input.name, line: lineNumber, index: self.recordIndex)
            do {
                let parsed = try JSONObjectParser.parse(bytes)
                self.recordIndex += 1
                return Record(names: parsed.names, values: parsed.values, position: position, jsonLiterals: parsed.literals)
            } catch {
                self.issues(
                    ReadIssue(
                        kind: .rejected, position: position, message: error.message,
                        raw: String(decoding: bytes, as: UTF8.self)
                    ))
            }
        }
    }

    private func checkLength(_ length: Int) throws {
        if length > self.maxLineBytes {
            throw RecordIOError.fieldTooLong(
                at: SourcePosition(file: self.buffer.input.name, line: self.line, index: self.recordIndex),
                limit: self.maxLineBytes
            )
        }
    }
}
