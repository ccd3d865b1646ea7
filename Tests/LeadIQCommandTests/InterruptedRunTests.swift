import Foundation
import Sandbox
import Testing

/// Runs that are killed, signalled, locked out or stopped by the outage breaker, then run again: the built binary as a
/// child of the test, against an in-process sandbox slow enough (a few milliseconds a request) to be caught mid-run.
/// Every wait is on a condition (the sandbox's counters, the child's standard error), never a fixed time.
@Suite struct InterruptedRunTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-interrupt-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { self.scratch.appendingPathComponent(name).path }

    /// `count` rows, each its own person lookup.
    func input(_ count: Int) throws -> String {
        let path = self.path("people-\(count).csv")
        let rows = (0..<count).map { "\($0),person\($0)@example-\($0 % 7).com" }
        try (["id,email"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The child's environment: the sandbox, and a cache directory of the test's own (`cache` names it, so a clean
    /// run can keep out of the journal and lock of the run under test).
    func environment(_ sandbox: RunningSandbox, cache: String = "cache") -> [String: String] {
        sandbox.environment(cacheHome: self.path(cache))
    }

    /// `enrich` without the cache, so that only the run journal can make a re-run skip what was answered.
    func enrich(_ input: String, _ output: String, _ extra: [String] = []) -> [String] {
        ["enrich", input, "-o", output, "--no-cache", "--yes", "--concurrency", "4", "--rate-limit", "1000000"] + extra
    }

    /// The bytes an uninterrupted run writes, from a cache directory no other run uses.
    func cleanOutput(_ input: String, on sandbox: RunningSandbox, _ extra: [String] = []) async throws -> Data {
        let output = self.path("clean-\(UUID().uuidString).csv")
        let run = try await CommandRunner.run(
            self.enrich(input, output, extra), environment: self.environment(sandbox, cache: "clean-\(UUID())"))
        #expect(run.status == 0, "\(run.standardError)")
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The journal databases left in the test's cache directory.
    func journals() -> [String] {
        let directory = self.path("cache") + "/leadiq/journals"
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".sqlite") }
    }

    /// A sandbox that takes `latency` milliseconds a request.
    func slow(_ latency: Int) -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = latency
        return configuration
    }

    @Test func killedAtSeveralPointsAndResumedTheOutputIsTheCleanRunsByteForByte() async throws {
        let input = try self.input(240)
        try await withSandbox(self.slow(30)) { sandbox in
            let clean = try await self.cleanOutput(input, on: sandbox)
            let base = await sandbox.stats.searchPeopleLookups
            let output = self.path("killed.csv")
            let killPoints = [20, 90, 160]
            for point in killPoints {
                let child = try ChildCommand(self.enrich(input, output), environment: self.environment(sandbox))
                try await waitUntil("\(point) lookups") { await sandbox.stats.searchPeopleLookups - base >= point }
                child.send(SIGKILL)
                #expect(await child.exit().killedBy == SIGKILL)
                #expect(!self.exists(output), "a killed run never puts its output in place")
                #expect(self.journals().count == 1, "one journal, the run's own, across kills: \(self.journals())")
            }
            let last = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(last.status == 0, "\(last.standardError)")
            #expect(last.standardError.contains("resuming: "))
            #expect(try self.contents(output) == clean)
            #expect(!self.exists(output + ".partial"))
            #expect(self.journals().isEmpty, "a finished run deletes its journal: \(self.journals())")
            // Only what was in flight at each kill is asked twice: at most the concurrency, per kill.
            let extra = await sandbox.stats.searchPeopleLookups - base - 240
            #expect(extra >= 0 && extra <= 4 * killPoints.count, "\(extra) lookups sent again")
        }
    }

    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, 143, "SIGTERM"), (SIGHUP, 129, "SIGHUP")])
    func aSignalStopsGracefullyWithItsExitCodeAndTheRerunFinishes(
        signal: Int32, code: Int32, name: String
    ) async throws {
        let input = try self.input(200)
        try await withSandbox(self.slow(20)) { sandbox in
            let clean = try await self.cleanOutput(input, on: sandbox)
            let base = await sandbox.stats.searchPeopleLookups
            let output = self.path("signalled.csv")
            let report = self.path("signalled.json")
            let child = try ChildCommand(
                self.enrich(input, output, ["--report", report]), environment: self.environment(sandbox))
            try await waitUntil("40 lookups") { await sandbox.stats.searchPeopleLookups - base >= 40 }
            child.send(signal)
            let stopped = await child.exit()
            #expect(stopped.status == code, "\(stopped.standardError)")
            #expect(stopped.standardError.contains("stopped by \(name)"))
            #expect(stopped.standardError.contains("Run the same command again to resume"))
            #expect(!self.exists(output) && self.exists(output + ".partial"))
            let summary = try JSONSerialization.jsonObject(with: self.contents(report)) as? [String: Any]
            let reason = summary?["stopReason"] as? [String: [String: Int32]]
            #expect(reason?["signal"]?["number"] == signal, "the report says why the run stopped")
            // Every lookup LeadIQ answered, those in flight at the signal included, was saved for the re-run.
            let answered = await sandbox.stats.searchPeopleLookups - base

            let rerun = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(rerun.standardError.contains("resuming: \(answered) answers"), "\(rerun.standardError)")
            #expect(try self.contents(output) == clean)
            #expect(await sandbox.stats.searchPeopleLookups - base == 200)
        }
    }

    @Test func aRestartAsksEveryRowAgainInsteadOfResuming() async throws {
        let input = try self.input(120)
        try await withSandbox(self.slow(20)) { sandbox in
            let clean = try await self.cleanOutput(input, on: sandbox)
            let base = await sandbox.stats.searchPeopleLookups
            let output = self.path("restarted.csv")
            let child = try ChildCommand(self.enrich(input, output), environment: self.environment(sandbox))
            try await waitUntil("30 lookups") { await sandbox.stats.searchPeopleLookups - base >= 30 }
            child.send(SIGTERM)
            let stopped = await child.exit()
            #expect(stopped.status == 143, "\(stopped.standardError)")
            #expect(self.journals().count == 1)
            let answered = await sandbox.stats.searchPeopleLookups - base

            let restarted = try await CommandRunner.run(
                self.enrich(input, output, ["--restart"]), environment: self.environment(sandbox))
            #expect(restarted.status == 0, "\(restarted.standardError)")
            #expect(!restarted.standardError.contains("resuming:"), "\(restarted.standardError)")
            #expect(try self.contents(output) == clean)
            #expect(await sandbox.stats.searchPeopleLookups - base == answered + 120, "every row is asked again")
            #expect(self.journals().isEmpty, "\(self.journals())")
        }
    }

    @Test func cacheClearJournalsDeletesAnInterruptedRunsJournalButNotOneUnderWay() async throws {
        let interrupted = try self.input(100)
        let busy = try self.input(300)
        try await withSandbox(self.slow(20)) { sandbox in
            let environment = self.environment(sandbox)
            let child = try ChildCommand(self.enrich(interrupted, self.path("a.csv")), environment: environment)
            try await waitUntil("20 lookups") { await sandbox.stats.searchPeopleLookups >= 20 }
            child.send(SIGTERM)
            #expect(await child.exit().status == 143)
            // Left by a version before runs had journal files of their own.
            try Data("old".utf8).write(to: URL(fileURLWithPath: self.path("cache") + "/leadiq/journal.sqlite"))

            let shown = try await CommandRunner.run(["cache"], environment: environment)
            #expect(shown.status == 0, "\(shown.standardError)")
            #expect(shown.text.contains("journals of unfinished runs: 2, "), "\(shown.text)")

            let running = try ChildCommand(self.enrich(busy, self.path("b.csv")), environment: environment)
            let before = await sandbox.stats.searchPeopleLookups
            try await waitUntil("the second run is under way") {
                await sandbox.stats.searchPeopleLookups - before >= 10
            }
            let cleared = try await CommandRunner.run(["cache", "--clear-journals"], environment: environment)
            #expect(cleared.status == 0, "\(cleared.standardError)")
            #expect(cleared.text.contains("removed 2 journals"), "\(cleared.text)")
            #expect(cleared.text.contains("kept 1 journal of runs under way"), "\(cleared.text)")
            #expect(cleared.text.contains("journals of unfinished runs: 1, "), "\(cleared.text)")
            #expect(!self.exists(self.path("cache") + "/leadiq/journal.sqlite"))
            running.send(SIGKILL)
            #expect(await running.exit().killedBy == SIGKILL)

            let rerun = try await CommandRunner.run(
                self.enrich(interrupted, self.path("a.csv")), environment: environment)
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(!rerun.standardError.contains("resuming:"), "the interrupted run's journal is gone")
            let resumed = try await CommandRunner.run(
                self.enrich(busy, self.path("b.csv")), environment: environment)
            #expect(resumed.standardError.contains("resuming:"), "the journal of the run under way was kept")
        }
    }

    @Test func aSecondSignalQuitsWithoutWaitingForTheLookupsInFlight() async throws {
        let input = try self.input(4)
        try await withSandbox(self.slow(1000)) { sandbox in
            let output = self.path("impatient.csv")
            let child = try ChildCommand(self.enrich(input, output), environment: self.environment(sandbox))
            // The account query, then the four lookups, which take a second to answer.
            try await waitUntil("lookups in flight") { await sandbox.stats.graphQLRequests >= 5 }
            child.send(SIGINT)
            try await waitUntil("the first SIGINT is acknowledged") { child.standardError.contains("SIGINT received:") }
            child.send(SIGINT)
            let quit = await child.exit()
            #expect(quit.status == 130, "\(quit.standardError)")
            #expect(quit.standardError.contains("received again: quitting now"))

            let rerun = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(!rerun.standardError.contains("resuming:"), "the answers in flight were not waited for")
            #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 5)
        }
    }

    @Test func aSecondRunIsRefusedNamingTheOwnerAndALockLeftByAKilledRunIsTakenOver() async throws {
        let input = try self.input(300)
        // At 50 ms a lookup the first run takes seconds, far longer than the second takes to be refused.
        try await withSandbox(self.slow(50)) { sandbox in
            let output = self.path("locked.csv")
            let first = try ChildCommand(self.enrich(input, output), environment: self.environment(sandbox))
            try await waitUntil("the first run is under way") { await sandbox.stats.searchPeopleLookups >= 10 }

            let second = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(second.status == 2)
            #expect(second.standardError.contains("pid \(first.pid)"), "\(second.standardError)")

            first.send(SIGKILL)
            #expect(await first.exit().killedBy == SIGKILL)
            let third = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(third.status == 0, "\(third.standardError)")
            #expect(third.standardError.contains("note: run \(first.pid) of this command ended without finishing"))
            #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 301)
        }
    }

    @Test func theBreakerStopsAnOutageWithExit5AndTheRerunFinishesOnceLeadIQIsBack() async throws {
        let input = try self.input(120)
        let output = self.path("outage.csv")
        let clean = try await withSandbox { sandbox in try await self.cleanOutput(input, on: sandbox) }
        // From the 31st request on, every request is answered 503 with Retry-After: 0, so the client's six attempts
        // at each lookup are quick.
        var outage = SandboxConfiguration()
        outage.outageAfterRequests = 30
        outage.retryAfterSeconds = 0
        let port = try await withSandbox(outage) { sandbox in
            let run = try await CommandRunner.run(
                self.enrich(input, output, ["--max-failures-in-a-row", "4"]), environment: self.environment(sandbox))
            #expect(run.status == 5, "\(run.standardError)")
            #expect(run.standardError.contains("4 lookups in a row failed even after retries"))
            #expect(run.standardError.contains("Run the same command again to resume"))
            #expect(!self.exists(output) && self.exists(output + ".partial"))
            // The breaker stopped sending: six attempts each for the four failures in a row, for the three other
            // lookups under way at the trip, and for those that failed before a late success reset the count. Up to
            // three answers to requests sent before the outage can come late, a loaded machine having held their
            // tasks up, and up to three failures can come before each: nine. The 91 lookups left would have taken 546
            // more requests.
            let requests = await sandbox.stats.graphQLRequests
            #expect(requests <= 30 + 6 * (4 + 3 + 3 * 3), "\(run.standardError)")
            return URL(string: sandbox.graphQLURL)?.port ?? 0
        }
        // LeadIQ is back, at the same address (the journal belongs to the API it was filled from).
        var healthy = SandboxConfiguration()
        healthy.port = port
        try await withSandbox(healthy) { sandbox in
            let rerun = try await CommandRunner.run(
                self.enrich(input, output), environment: self.environment(sandbox))
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(rerun.standardError.contains("resuming: 29 answers"), "\(rerun.standardError)")
            #expect(try self.contents(output) == clean)
        }
    }
}
