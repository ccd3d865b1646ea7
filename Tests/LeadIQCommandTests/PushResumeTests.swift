import Foundation
import Sandbox
import Testing

/// `push` killed or signalled mid-run and run again with the same command: it continues into the list it created,
/// adds no one twice, leaves no one out, and ends with the result file an uninterrupted push writes.
@Suite struct PushResumeTests {
    static let batchRoute = "POST /v1/lists/{listId}/prospects/batch"
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-push-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { self.scratch.appendingPathComponent(name).path }

    /// 600 people, six batches.
    func input() throws -> String {
        let path = self.path("people.csv")
        let rows = (0..<600).map { "Person\($0) Tester,person\($0)@acme.com,Director" }
        try (["Name,Email,Seniority"] + rows).joined(separator: "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func environment(_ sandbox: RunningSandbox, cache: String = "cache") -> [String: String] {
        sandbox.environment(cacheHome: self.path(cache))
    }

    func push(_ input: String, _ output: String) -> [String] {
        ["push", input, "--list", "Attendees", "-o", output]
    }

    func slow() -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        // Slow enough that a batch takes longer than the test takes to see it was sent.
        configuration.latencyMilliseconds = 100
        return configuration
    }

    /// An uninterrupted push on a fresh sandbox: its result file. Prospect ids are the sandbox's serial numbers, so
    /// a resumed push on another fresh sandbox writes the same ids only if it saved everyone once, in order.
    func cleanResult(_ input: String) async throws -> Data {
        try await withSandbox(self.slow()) { sandbox in
            let output = self.path("clean.csv")
            let run = try await CommandRunner.run(
                self.push(input, output), environment: self.environment(sandbox, cache: "clean"))
            #expect(run.status == 0, "\(run.standardError)")
            return try Data(contentsOf: URL(fileURLWithPath: output))
        }
    }

    @Test(arguments: [(SIGKILL, Int32?.none), (SIGTERM, Int32(143))])
    func anInterruptedPushRunAgainAddsEveryoneOnceAndWritesTheCleanResult(
        signal: Int32, code: Int32?
    ) async throws {
        let input = try self.input()
        let clean = try await self.cleanResult(input)
        try await withSandbox(self.slow()) { sandbox in
            let output = self.path("result.csv")
            for batches in [1, 4] {
                let child = try ChildCommand(self.push(input, output), environment: self.environment(sandbox))
                try await waitUntil("\(batches) batches sent") {
                    await sandbox.stats.restRequests[Self.batchRoute] ?? 0 >= batches
                }
                child.send(signal)
                let stopped = await child.exit()
                if let code {
                    #expect(stopped.status == code, "\(stopped.standardError)")
                    #expect(stopped.standardError.contains("Run the same command again to resume"))
                } else {
                    #expect(stopped.killedBy == SIGKILL)
                }
                #expect(!FileManager.default.fileExists(atPath: output))
            }
            let rerun = try await CommandRunner.run(
                self.push(input, output), environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(rerun.standardError.contains("resuming: "))
            #expect(rerun.standardError.contains("600 rows: 600 added, 0 skipped, 0 failed"))

            let lists = await sandbox.stats.lists
            #expect(lists.count == 1, "the re-runs continued into the list the first run created")
            let saved = await sandbox.stats.prospects(inList: lists.first?.id ?? "")
            #expect(saved.count == 600)
            #expect(Set(saved.compactMap(\.workEmail)) == Set((0..<600).map { "person\($0)@acme.com" }))
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == clean)
        }
    }

    /// `push --restart` after an interrupted push makes a new list; the interrupted run's list still has the name, so
    /// it is refused, and the interrupted run can still be resumed: the plain re-run finishes it, adding everyone once.
    /// The refusal used to come after the journal was discarded, leaving a run that could be neither resumed nor
    /// restarted.
    @Test func aRefusedRestartLeavesTheInterruptedPushResumable() async throws {
        let input = try self.input()
        try await withSandbox(self.slow()) { sandbox in
            let output = self.path("restart.csv")
            let child = try ChildCommand(self.push(input, output), environment: self.environment(sandbox))
            try await waitUntil("2 batches sent") { await sandbox.stats.restRequests[Self.batchRoute] ?? 0 >= 2 }
            child.send(SIGTERM)
            #expect(await child.exit().status == 143)

            let restart = try await CommandRunner.run(
                self.push(input, output) + ["--restart"], environment: self.environment(sandbox))
            #expect(restart.status == 2, "\(restart.standardError)")
            #expect(restart.standardError.contains("A LeadIQ list named 'Attendees' already exists"))

            let rerun = try await CommandRunner.run(self.push(input, output), environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(rerun.standardError.contains("resuming: "))
            let lists = await sandbox.stats.lists
            #expect(lists.count == 1)
            #expect(await sandbox.stats.prospects(inList: lists.first?.id ?? "").count == 600)
        }
    }

    /// `enrich --list` killed or signalled while it saves its matches: the run again pays for no lookup (the journal
    /// still holds every answer), continues into the list it created, and saves each matched person once. A signal
    /// stops the save between batches, with the signal's exit code and the output already in place.
    @Test(arguments: [(SIGKILL, Int32?.none), (SIGTERM, Int32(143))])
    func anEnrichStoppedWhileSavingToItsListSavesEveryoneOnceWhenRunAgain(signal: Int32, code: Int32?) async throws {
        let input = try self.input()
        try await withSandbox(self.slow()) { sandbox in
            let output = self.path("enriched.csv")
            let enrich = [
                "enrich", input, "--list", "Enriched", "-o", output, "--batch", "10", "--concurrency", "8", "--yes",
                "--rate-limit", "1000000",
            ]
            let child = try ChildCommand(enrich, environment: self.environment(sandbox))
            try await waitUntil("the first batch of matches sent") {
                await sandbox.stats.restRequests[Self.batchRoute] ?? 0 >= 1
            }
            child.send(signal)
            let stopped = await child.exit()
            if let code {
                #expect(stopped.status == code, "\(stopped.standardError)")
                #expect(stopped.standardError.contains("Run the same command again to resume"))
                #expect(!stopped.standardError.contains(".partial"), "the output was written before the save")
                #expect(FileManager.default.fileExists(atPath: output))
                let sent = await sandbox.stats.restRequests[Self.batchRoute] ?? 0
                #expect(sent < 9, "the save stopped after the batch in flight: \(sent) of 9 batches sent")
            } else {
                #expect(stopped.killedBy == SIGKILL)
            }
            let lookups = await sandbox.stats.searchPeopleLookups
            #expect(lookups == 600, "every row was looked up before the save began")

            let rerun = try await CommandRunner.run(enrich, environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(await sandbox.stats.searchPeopleLookups == lookups, "the journal answered every lookup")
            let lists = await sandbox.stats.lists
            #expect(lists.map(\.name) == ["Enriched"])
            let saved = await sandbox.stats.prospects(inList: lists.first?.id ?? "").compactMap(\.personId)
            let text = try String(contentsOfFile: output, encoding: .utf8)
            let matched = text.split(separator: "\n").filter { $0.contains(",matched,") }.count
            #expect(saved.count == matched)
            #expect(Set(saved).count == saved.count, "no one saved twice")
            let journals = try FileManager.default.contentsOfDirectory(atPath: self.path("cache") + "/leadiq/journals")
            #expect(journals.isEmpty, "the finished run deletes its lookups' and its list's journals: \(journals)")
        }
    }
}
