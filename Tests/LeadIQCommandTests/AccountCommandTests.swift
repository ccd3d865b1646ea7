import Foundation
import TestHelpers
import Testing

/// `leadiq account` as users run it: the built binary, against `leadiq sandbox` in another process.
@Suite struct AccountCommandTests {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `leadiq` with `arguments` and only `environment` (no inherited key), in an empty directory (no `.env`),
    /// waiting for it on a thread of its own.
    static func leadiq(_ arguments: [String], environment: [String: String] = [:]) async throws -> Output {
        try await onThreadOfItsOwn { try self.leadiqBlocking(arguments, environment: environment) }
    }

    private static func leadiqBlocking(_ arguments: [String], environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.environment = environment
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes are drained at once: a child filling one while the other is read to its end would stall.
        let errorText = CommandRunner.ErrorCollector(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: errorText.wait()
        )
    }

    /// Runs `body` with the `export NAME=value` settings a `leadiq sandbox` started on a free port prints.
    static func withSandboxProcess(
        _ arguments: [String],
        _ body: ([String: String]) async throws -> Void
    ) async throws {
        let sandbox = try await StandaloneSandbox.start(arguments)
        try await body(sandbox.environment)
    }

    @Test func printsTheCreditsAvailableAndUsed() async throws {
        try await Self.withSandboxProcess(["--credits", "250"]) { settings in
            let text = try await Self.leadiq(["account"], environment: settings)
            #expect(text.status == 0, "\(text.standardError)")
            #expect(text.standardOutput.contains("Universal credits: 250 available, 0 used"))

            let json = try await Self.leadiq(["account", "--json"], environment: settings)
            let account = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            let plan = account?["universalPlan"] as? [String: Any]
            #expect(plan?["available"] as? Int == 250)
            #expect(plan?["used"] as? Int == 0)
        }
    }

    @Test func verboseTracesNeverShowTheKey() async throws {
        try await Self.withSandboxProcess([]) { settings in
            let key = try #require(settings["LEADIQ_API_KEY"])
            let run = try await Self.leadiq(["account", "--verbose"], environment: settings)
            #expect(run.status == 0)
            #expect(run.standardError.contains("Authorization: <redacted>"))
            #expect(!run.standardError.contains(key) && !run.standardOutput.contains(key))
        }
    }

    @Test func withoutAKeyItSaysWhereToPutOne() async throws {
        let run = try await Self.leadiq(["account"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("LEADIQ_API_KEY"))
        #expect(run.standardError.contains("--api-key-file"))
    }

    @Test func plainHTTPToAnotherHostIsRefusedBeforeConnecting() async throws {
        let key = Data("k".utf8).base64EncodedString()
        let run = try await Self.leadiq(
            ["account", "--graphql-url", "http://api.leadiq.com/graphql"],
            environment: ["LEADIQ_API_KEY": key]
        )
        #expect(run.status == 1)
        #expect(run.standardError.contains("must use https"))
    }
}
