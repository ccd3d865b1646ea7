import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps a second run of the same command (same input, same options, so the same run id) from working while the first
/// one does: both would pay for the same lookups. The lock is an exclusive `flock(2)` on `<directory>/<runID>.lock`,
/// a file holding the owner's process id. The kernel drops the lock when its owner dies, however it dies (`kill -9`
/// included), so a lock left behind by a dead run is simply taken over.
public final class RunLock: Sendable {
    public let path: String
    /// The process id a run that died holding this lock left in its file; `nil` when the lock was free and clean.
    public let previousOwner: Int32?
    private let descriptor: Int32
    private let released = Atomic<Bool>(false)

    /// Takes the lock for `runID`, or throws `EnrichmentError.runInProgress` naming the process that holds it.
    public init(directory: String, runID: String) throws {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + runID + ".lock"
        self.path = path
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Self.error(path) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                let owner = Self.owner(descriptor)
                let error = Self.error(path)
                close(descriptor)
                throw busy ? EnrichmentError.runInProgress(ownerPID: owner, lockFile: path) : error
            }
            // An owner releasing the lock unlinks the file; if that happened between our open and our flock, we hold
            // a lock on a file no one else will ever open, so start again on the one now at the path.
            var opened = stat()
            var named = stat()
            guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino,
                opened.st_dev == named.st_dev
            else {
                close(descriptor)
                continue
            }
            self.previousOwner = Self.owner(descriptor)
            let pid = Array("\(getpid())\n".utf8)
            guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, pid, pid.count, 0) == pid.count else {
                let error = Self.error(path)
                close(descriptor)
                throw error
            }
            self.descriptor = descriptor
            return
        }
    }

    deinit {
        self.release()
    }

    /// Gives the lock up: the file is removed first, so a run starting now finds no trace of this one.
    public func release() {
        guard !self.released.exchange(true, ordering: .acquiringAndReleasing) else { return }
        unlink(self.path)
        close(self.descriptor)
    }

    /// The process id written in the lock file, if it holds one.
    private static func owner(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func error(_ path: String) -> EnrichmentError {
        EnrichmentError.storage(path: path, message: String(cString: strerror(errno)))
    }
}
