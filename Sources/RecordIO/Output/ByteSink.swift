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

    /// Where bytes go until `commit()`: the file itself, or a sibling that `commit()` renames over it.
    private let writePath: String
    private let atomic: Bool

    /// - Parameter atomic: write to `<path>.partial` and rename it into place on `commit()`, so that an interrupted run
    ///   never leaves a file that looks finished.
    init(path: String, atomic: Bool = false) throws {
        self.name = path
        self.atomic = atomic && path != "-"
        self.writePath = self.atomic ? path + ".partial" : path
        if path == "-" {
            self.descriptor = STDOUT_FILENO
            return
        }
        try Self.checkWritable(path)
    }

    /// Throws unless a file could be written at `path`: one that exists must be a writable file, not a folder, and a
    /// new one needs a writable folder.
    static func checkWritable(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw RecordIOError.cannotOpen(path, reason: "it is a folder, not a file")
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

    /// Makes the output final: an atomic sink's file is created even when nothing was written, then renamed into place.
    func commit() throws {
        guard self.atomic else { return }
        let descriptor = try self.openedDescriptor()
        close(descriptor)
        self.descriptor = nil
        guard rename(self.writePath, self.name) == 0 else {
            throw RecordIOError.writeFailed(self.name, reason: ByteInput.lastErrorText())
        }
    }

    private func openedDescriptor() throws -> Int32 {
        if let descriptor = self.descriptor { return descriptor }
        let descriptor = open(self.writePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RecordIOError.cannotOpen(self.writePath, reason: ByteInput.lastErrorText()) }
        self.descriptor = descriptor
        return descriptor
    }
}
