import Foundation
import RecordIO
import Sandbox

/// A private cache and scratch directory for commands run against an in-process sandbox, so that tests never share
/// cached answers unless they mean to.
struct CommandWorkspace {
    let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-cache-\(UUID().uuidString)")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-run-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { self.scratch.appendingPathComponent(name).path }

    /// Runs `leadiq arguments… --yes` (a command that spends credits) against `sandbox`, with no client-side rate
    /// limit unless the arguments give one. The sandbox is reached by URL, as LeadIQ would be, so spending needs the
    /// `--yes` no terminal can give.
    func run(
        _ arguments: [String], on sandbox: RunningSandbox, input: Data = Data(), key: String? = nil
    ) async throws -> CommandRunner.Result {
        let rateLimit = arguments.contains("--rate-limit") ? [] : ["--rate-limit", "1000000"]
        return try await CommandRunner.run(
            arguments + rateLimit + ["--yes"],
            input: input,
            environment: [
                "LEADIQ_API_KEY": key ?? sandbox.apiKey,
                "LEADIQ_GRAPHQL_URL": sandbox.graphQLURL,
                "LEADIQ_PROSPECTOR_URL": sandbox.prospectorURL,
                "XDG_CACHE_HOME": self.cacheHome.path,
            ]
        )
    }

    func records(_ path: String) throws -> [Record] {
        var input = try RecordInput.open(path)
        var records: [Record] = []
        while let record = try input.next() { records.append(record) }
        return records
    }

    func records(jsonl data: Data) throws -> [Record] {
        let file = self.path("stdout-\(UUID().uuidString).jsonl")
        try data.write(to: URL(fileURLWithPath: file))
        return try self.records(file)
    }
}
