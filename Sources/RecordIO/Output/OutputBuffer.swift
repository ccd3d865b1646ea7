/// The bytes a writer has encoded and not yet written; writers append to `bytes` and call `flushIfFull()` per record.
struct OutputBuffer {
    var bytes: [UInt8] = []
    let sink: ByteSink
    private static let flushThreshold = 256 * 1024

    init(sink: ByteSink) {
        self.sink = sink
        self.bytes.reserveCapacity(Self.flushThreshold + 64 * 1024)
    }

    mutating func flushIfFull() throws {
        if self.bytes.count >= Self.flushThreshold { try self.flush() }
    }

    /// Flushes, without creating the output file when nothing was written.
    mutating func flushUnlessEmpty() throws {
        if !self.bytes.isEmpty { try self.flush() }
    }

    mutating func flush() throws {
        try self.sink.write(self.bytes)
        self.bytes.removeAll(keepingCapacity: true)
    }
}
