import Foundation
import Testing

@testable import Enrichment

/// The run lock, within one process: `flock(2)` locks belong to an open file, so two locks taken here conflict as
/// two processes' would.
@Suite struct RunLockTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-locks-\(UUID().uuidString)")
        .path

    @Test func aSecondLockOnTheSameRunIsRefusedNamingTheOwner() throws {
        let first = try RunLock(directory: self.directory, runID: "abc")
        #expect(first.previousOwner == nil)
        #expect(throws: EnrichmentError.runInProgress(ownerPID: getpid(), lockFile: first.path)) {
            _ = try RunLock(directory: self.directory, runID: "abc")
        }
        #expect("\(EnrichmentError.runInProgress(ownerPID: 42, lockFile: first.path))".contains("pid 42"))
        let other = try RunLock(directory: self.directory, runID: "def")
        other.release()
        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.path), "a released lock leaves no file")
        let again = try RunLock(directory: self.directory, runID: "abc")
        #expect(again.previousOwner == nil)
        again.release()
    }

    @Test func aLockLeftByADeadProcessIsTakenOver() throws {
        // What `kill -9` leaves: the file with the dead owner's pid, and no lock on it (the kernel dropped it).
        try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
        try "999999\n".write(toFile: self.directory + "/abc.lock", atomically: true, encoding: .utf8)
        let lock = try RunLock(directory: self.directory, runID: "abc")
        #expect(lock.previousOwner == 999_999)
        let text = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(text == "\(getpid())\n")
        lock.release()
    }
}
