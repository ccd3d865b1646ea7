import Foundation
import Synchronization
import TestHelpers

/// A `leadiq` child started without waiting for it, so a test can signal or kill it part-way through a run; its
/// standard error is collected as it comes, so a test can wait for a line.
/// `@unchecked`: `Process` is used only through calls that are safe from any thread (kill, wait, status).
final class ChildCommand: @unchecked Sendable {
    private let process: Process
    private let errorText = Mutex("")
    private let errorDone = DispatchSemaphore(value: 0)

    /// Starts `leadiq arguments…` with `environment` added to this process's; standard output goes to /dev/null.
    init(_ arguments: [String], environment: [String: String]) throws {
        let process = try CommandRunner.process(arguments, environment: environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let stderr = Pipe()
        process.standardError = stderr
        self.process = process
        try process.run()
        let handle = stderr.fileHandleForReading
        Thread.detachNewThread { [self] in
            while case let chunk = handle.availableData, !chunk.isEmpty {
                self.errorText.withLock { $0 += String(decoding: chunk, as: UTF8.self) }
            }
            self.errorDone.signal()
        }
    }

    var pid: Int32 { self.process.processIdentifier }

    /// What the child has printed on standard error so far.
    var standardError: String { self.errorText.withLock { $0 } }

    func send(_ signal: Int32) {
        kill(self.process.processIdentifier, signal)
    }

    /// Waits, on a thread of its own (the child may be served by an in-process sandbox), for the child to exit; its
    /// exit status, or the signal that ended it, and everything it printed on standard error.
    func exit() async -> (status: Int32, killedBy: Int32?, standardError: String) {
        await onThreadOfItsOwn {
            self.process.waitUntilExit()
            self.errorDone.wait()
            let signalled = self.process.terminationReason == .uncaughtSignal
            return (
                signalled ? -1 : self.process.terminationStatus,
                signalled ? self.process.terminationStatus : nil,
                self.standardError
            )
        }
    }
}

/// Waits until `condition` holds, checking every few milliseconds; fails the wait after `seconds`.
func waitUntil(
    _ what: String, seconds: Double = 60, _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while !(try await condition()) {
        guard ContinuousClock.now < deadline else {
            throw WaitTimedOut(what: what)
        }
        try await Task.sleep(for: .milliseconds(5))
    }
}

struct WaitTimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "gave up waiting until \(self.what)" }
}
