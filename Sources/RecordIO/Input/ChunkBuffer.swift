/// A window of input bytes that parsers scan in place: bytes `start..<end` of `base` are read but not yet consumed.
///
/// Refilling moves the unconsumed tail to the front and reads behind it, so a record that straddles two reads is seen
/// whole; the window grows only when one record is larger than it.
final class ChunkBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var start = 0
    private(set) var end = 0
    private(set) var isAtEnd = false
    let input: ByteInput

    /// The window's starting size: large enough that refills are rare and cheap.
    static let defaultCapacity = 1 << 20

    /// `capacity` is the starting size; tests and fuzzing pass tiny ones so records straddle refills at every byte.
    init(input: ByteInput, capacity: Int = ChunkBuffer.defaultCapacity) {
        self.input = input
        self.capacity = capacity
        self.base = .allocate(capacity: capacity)
    }

    deinit {
        self.base.deallocate()
    }

    /// Reads more bytes after the unconsumed ones; returns `false` once the input has nothing more.
    func refill() throws -> Bool {
        guard !self.isAtEnd else { return false }
        let unconsumed = self.end - self.start
        if self.start > 0 {
            if unconsumed > 0 { self.base.update(from: self.base + self.start, count: unconsumed) }
            self.start = 0
            self.end = unconsumed
        }
        if self.end == self.capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity * 2)
            grown.update(from: self.base, count: self.end)
            self.base.deallocate()
            self.base = grown
            self.capacity *= 2
        }
        let count = try self.input.read(
            into: UnsafeMutableRawBufferPointer(start: self.base + self.end, count: self.capacity - self.end)
        )
        if count == 0 {
            self.isAtEnd = true
            return false
        }
        self.end += count
        return true
    }
}
