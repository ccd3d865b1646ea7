import Foundation
import TestHelpers

/// Runs the built `leadiq` binary, as a user would, and captures what it prints.
enum CommandRunner {
    struct Result {
        let status: Int32
        let standardOutput: Data
        let standardError: String

        var text: String { String(decoding: self.standardOutput, as: UTF8.self) }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `leadiq` executable built next to this test bundle.
    static let binary: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("leadiq")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/leadiq")
    }()

    static func fixture(_ name: String) -> String {
        self.packageRoot.appendingPathComponent("fixtures").appendingPathComponent(name).path
    }

    /// A process for `executable arguments…` (the built `leadiq` unless told otherwise), with `environment` added to
    /// this process's; the caller sets its standard streams and runs it.
    ///
    /// - Parameter isolated: the child gets `environment` alone (no inherited key) and an empty directory of its own
    ///   to run in (no `.env`).
    static func process(
        _ arguments: [String], executable: URL = CommandRunner.binary, environment: [String: String],
        isolated: Bool = false
    ) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if isolated {
            process.environment = environment
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-cmd-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            process.currentDirectoryURL = directory
        } else {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        return process
    }

    /// Runs `leadiq arguments…` with `input` on standard input, waiting for it to exit (on a thread of its own).
    ///
    /// - Parameters:
    ///   - environment: added to this process's environment for the child.
    ///   - isolated: the child gets `environment` alone and an empty directory of its own (see `process`).
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:], isolated: Bool = false
    ) async throws -> Result {
        try await onThreadOfItsOwn {
            try self.runBlocking(arguments, input: input, environment: environment, isolated: isolated)
        }
    }

    private static func runBlocking(
        _ arguments: [String], input: Data, environment: [String: String], isolated: Bool
    ) throws -> Result {
        let process = try self.process(arguments, environment: environment, isolated: isolated)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Drain both outputs concurrently so a large output cannot fill a pipe and stall the child.
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: output, standardError: errorData.wait())
    }

    /// Reads a pipe to its end on another thread.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }
        }

        func wait() -> String {
            self.done.wait()
            return String(decoding: self.data, as: UTF8.self)
        }
    }
}
