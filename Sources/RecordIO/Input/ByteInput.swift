#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An input file or standard input as a stream of UTF-8 bytes: reads with `read(2)`, strips a byte-order mark and
/// transcodes other encodings, and keeps the first bytes so the format can be sniffed before a reader takes over.
final class ByteInput {
    /// The name the user gave (`-` for standard input), for messages.
    let name: String
    /// The encoding the bytes were in (named, or detected from a byte-order mark).
    let encoding: TextEncoding
    private let descriptor: Int32
    private var transcoder: Transcoder?
    /// Decoded bytes read ahead (the sniffed prefix) and not yet handed on.
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var rawScratch: [UInt8] = []
    private var reachedEnd = false

    /// How many bytes are read ahead for sniffing the format and the delimiter.
    static let sniffLength = 64 * 1024

    init(path: String, encoding named: TextEncoding?) throws {
        self.name = path
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw RecordIOError.cannotOpen(path, reason: Self.lastErrorText()) }
        self.descriptor = descriptor
        var prefix = [UInt8](repeating: 0, count: Self.sniffLength)
        let decoding: Decoding
        do {
            let count = try prefix.withUnsafeMutableBytes { try Self.readFully(descriptor, into: $0, name: path) }
            prefix.removeSubrange(count...)
            decoding = try Self.decoding(prefix, named: named, path: path)
        } catch {
            // `deinit` runs only for an instance that was whole.
            if descriptor != STDIN_FILENO { close(descriptor) }
            throw error
        }
        self.reachedEnd = prefix.count < Self.sniffLength
        self.encoding = decoding.encoding
        self.transcoder = decoding.source.map(Transcoder.init(source:))
        if self.transcoder != nil {
            prefix.withUnsafeBytes {
                self.transcoder!.decode(UnsafeRawBufferPointer(rebasing: $0[decoding.start...]), into: &self.pending)
            }
            if self.reachedEnd { self.transcoder!.finish(into: &self.pending) }
        } else {
            self.pending = Array(prefix[decoding.start...])
        }
    }

    /// How an input's bytes are read: the encoding they are in, where the text starts (after a byte-order mark) and
    /// the transcoding to UTF-8 they need, if any.
    private struct Decoding {
        var encoding: TextEncoding
        var start = 0
        var source: Transcoder.Source?
    }

    /// The decoding of an input that starts with `prefix`: a byte-order mark's, or else the one named, or else UTF-8.
    private static func decoding(_ prefix: [UInt8], named: TextEncoding?, path: String) throws -> Decoding {
        let mark: Decoding? =
            if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
                Decoding(encoding: .utf8, start: 3)
            } else if prefix.starts(with: [0xFF, 0xFE]) {
                Decoding(encoding: .utf16, start: 2, source: .utf16LittleEndian)
            } else if prefix.starts(with: [0xFE, 0xFF]) {
                Decoding(encoding: .utf16, start: 2, source: .utf16BigEndian)
            } else {
                nil
            }
        if let mark {
            // A mark says what the bytes are; reading them as another encoding would turn every row into garbage.
            guard named == nil || named == mark.encoding else {
                throw RecordIOError.wrongEncoding(
                    path,
                    detail: "it starts with a \(mark.encoding.rawValue) byte-order mark, so it is not "
                        + "\(named!.rawValue); leave out --encoding")
            }
            return mark
        }
        switch named ?? .utf8 {
        case .utf8: return Decoding(encoding: .utf8)
        case .latin1: return Decoding(encoding: .latin1, source: .latin1)
        case .windows1252: return Decoding(encoding: .windows1252, source: .windows1252)
        case .utf16:
            // UTF-16 text without a mark still has zero bytes: one in every ASCII character, delimiters and line ends
            // included.
            guard prefix.count < 2 || prefix.contains(0) else {
                throw RecordIOError.wrongEncoding(
                    path,
                    detail: "it has no byte-order mark and no zero bytes, so it is not UTF-16; "
                        + "leave out --encoding or name the file's own")
            }
            // ASCII text shows which byte of each unit is zero.
            let bigEndian = prefix.count > 1 && prefix[0] == 0 && prefix[1] != 0
            return Decoding(encoding: .utf16, source: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
        }
    }

    deinit {
        if self.descriptor != STDIN_FILENO { close(self.descriptor) }
    }

    /// The first decoded bytes of the input (up to `sniffLength`), without consuming them.
    var prefix: ArraySlice<UInt8> { self.pending[self.pendingOffset...] }

    /// Fills `buffer` with the next decoded bytes; returns how many, 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if self.pendingOffset < self.pending.count {
            let count = min(buffer.count, self.pending.count - self.pendingOffset)
            self.pending.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[self.pendingOffset..<self.pendingOffset + count]))
            }
            self.pendingOffset += count
            if self.pendingOffset == self.pending.count {
                self.pending.removeAll(keepingCapacity: true)
                self.pendingOffset = 0
            }
            return count
        }
        guard !self.reachedEnd else { return 0 }
        guard self.transcoder != nil else {
            let count = try Self.readOnce(self.descriptor, into: buffer, name: self.name)
            self.reachedEnd = count == 0
            return count
        }
        let rawLength = max(4, buffer.count / self.transcoder!.maximumExpansion)
        if self.rawScratch.count < rawLength { self.rawScratch = [UInt8](repeating: 0, count: rawLength) }
        let count = try self.rawScratch.withUnsafeMutableBytes {
            try Self.readOnce(self.descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<rawLength]), name: self.name)
        }
        if count == 0 {
            self.reachedEnd = true
            self.transcoder!.finish(into: &self.pending)
        } else {
            self.rawScratch.withUnsafeBytes {
                self.transcoder!.decode(UnsafeRawBufferPointer(rebasing: $0[..<count]), into: &self.pending)
            }
        }
        return try self.read(into: buffer)
    }

    private static func readOnce(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, name: String) throws
        -> Int
    {
        while true {
            let count = posixRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw RecordIOError.readFailed(name, reason: Self.lastErrorText()) }
        }
    }

    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, name: String) throws
        -> Int
    {
        var total = 0
        while total < buffer.count {
            let count = try Self.readOnce(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[total...]), name: name)
            if count == 0 { break }
            total += count
        }
        return total
    }

    static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}
