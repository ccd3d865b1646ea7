import Foundation
import TestHelpers

/// A `leadiq sandbox` process on a free port, so several commands can share one sandbox's lists; the arguments that
/// point a command at it are in `connection`, the settings it printed in `environment`.
///
/// Its start is waited for on a thread of its own, and so is its exit once it is released: blocked on one of the
/// concurrency pool's threads (one per core), either would take a thread that in-process sandboxes of tests running
/// alongside need to answer on.
final class StandaloneSandbox: Sendable {
    /// What the sandbox prints once it listens: `LEADIQ_GRAPHQL_URL`, `LEADIQ_PROSPECTOR_URL` and `LEADIQ_API_KEY`.
    let environment: [String: String]
    /// `--graphql-url`, `--prospector-url` and `--api-key-file` for this sandbox.
    let connection: [String]
    private let process: Process
    private let keyFile: String

    /// Why a sandbox did not start.
    struct StartFailure: Error, CustomStringConvertible {
        let printed: String
        var description: String { "leadiq sandbox did not print its three settings; it printed: \(self.printed)" }
    }

    static func start(_ arguments: [String] = []) async throws -> StandaloneSandbox {
        try await onThreadOfItsOwn { try StandaloneSandbox(arguments) }
    }

    private init(_ arguments: [String]) throws {
        self.process = Process()
        self.process.executableURL = CommandRunner.binary
        self.process.arguments = ["sandbox", "--port", "0"] + arguments
        let output = Pipe()
        self.process.standardOutput = output
        self.process.standardError = FileHandle.nullDevice
        try self.process.run()
        var printed = ""
        var environment: [String: String] = [:]
        // An empty read means it exited. A line is read once it is whole: the last piece may still be coming.
        while environment.count < 3 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
            let lines = printed.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in lines where line.hasPrefix("export ") {
                let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { environment[pair[0]] = pair[1] }
            }
        }
        guard environment.count == 3 else {
            self.process.interrupt()
            self.process.waitUntilExit()
            throw StartFailure(printed: printed)
        }
        self.environment = environment
        self.keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-key-\(UUID())").path
        try Data((environment["LEADIQ_API_KEY"] ?? "").utf8).write(to: URL(fileURLWithPath: self.keyFile))
        self.connection = [
            "--graphql-url", environment["LEADIQ_GRAPHQL_URL"] ?? "", "--prospector-url",
            environment["LEADIQ_PROSPECTOR_URL"] ?? "", "--api-key-file", self.keyFile,
        ]
    }

    deinit {
        let (process, keyFile) = (self.process, self.keyFile)
        process.interrupt()
        Thread.detachNewThread {
            process.waitUntilExit()
            try? FileManager.default.removeItem(atPath: keyFile)
        }
    }

    /// The universal credits its account has used so far, read with `leadiq account --json` as a user would.
    func creditsUsed() async throws -> Double {
        let account = try await CommandRunner.run(["account", "--json"] + self.connection)
        let object = try JSONSerialization.jsonObject(with: account.standardOutput) as? [String: Any]
        guard let used = (object?["universalPlan"] as? [String: Any])?["used"] as? Double else {
            throw CocoaError(.propertyListReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: account.standardError])
        }
        return used
    }
}
