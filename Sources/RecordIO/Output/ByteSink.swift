#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output file or standard output, written with `write(2)`.
///
/// The file is created on the first write; opening only checks that it could be, so a run that fails early (a bad
/// API key, an unreadable input) reports the problem without leaving an empty or truncated file behind.
final class ByteSink {
    /// The name the user gave (`-` for standard output), for messages.
    let name: String
    private var descriptor: Int32?

    init(path: String) throws {
        self.name = path
        if path == "-" {
            self.descriptor = STDOUT_FILENO
            return
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        if access(path, F_OK) == 0 ? access(path, W_OK) != 0 : access(directory, W_OK) != 0 {
            throw RecordIOError.cannotOpen(path, reason: ByteInput.lastErrorText())
        }
    }

    deinit {
        if let descriptor = self.descriptor, descriptor != STDOUT_FILENO { close(descriptor) }
    }

    func write(_ bytes: [UInt8]) throws {
        let descriptor = try self.openedDescriptor()
        try bytes.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw RecordIOError.writeFailed(self.name, reason: ByteInput.lastErrorText())
                }
                offset += written
            }
        }
    }

    private func openedDescriptor() throws -> Int32 {
        if let descriptor = self.descriptor { return descriptor }
        let descriptor = open(self.name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RecordIOError.cannotOpen(self.name, reason: ByteInput.lastErrorText()) }
        self.descriptor = descriptor
        return descriptor
    }
}
