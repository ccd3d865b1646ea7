import Foundation

/// A `leadiq sandbox` process on a free port, so several commands can share one sandbox's lists; the arguments that
/// point a command at it are in `connection`.
final class StandaloneSandbox {
    private let process = Process()
    private let keyFile: String
    /// `--graphql-url`, `--prospector-url` and `--api-key-file` for this sandbox.
    let connection: [String]

    init(_ arguments: [String] = []) throws {
        self.process.executableURL = CommandRunner.binary
        self.process.arguments = ["sandbox", "--port", "0"] + arguments
        let output = Pipe()
        self.process.standardOutput = output
        self.process.standardError = FileHandle.nullDevice
        try self.process.run()
        var printed = ""
        // The sandbox prints its environment once it listens; an empty read means it exited.
        while !(printed.contains("LEADIQ_API_KEY=") && printed.hasSuffix("\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        var environment: [String: String] = [:]
        for line in printed.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1).map(
                String.init)
            if pair.count == 2 { environment[pair[0]] = pair[1] }
        }
        self.keyFile =
            FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-key-\(UUID())").path
        try Data((environment["LEADIQ_API_KEY"] ?? "").utf8).write(
            to: URL(fileURLWithPath: self.keyFile))
        self.connection = [
            "--graphql-url", environment["LEADIQ_GRAPHQL_URL"] ?? "", "--prospector-url",
            environment["LEADIQ_PROSPECTOR_URL"] ?? "", "--api-key-file", self.keyFile,
        ]
    }

    deinit {
        self.process.interrupt()
        self.process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: self.keyFile)
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
