import Foundation
import LeadIQ
import RecordIO
import Sandbox
import TestHelpers
import Testing

/// `leadiq enrich` as users run it: the built binary against a sandbox over loopback, whose counters show what was
/// sent and charged.
@Suite struct EnrichCommandTests {
    let workspace: CommandWorkspace

    init() throws {
        self.workspace = try CommandWorkspace()
    }

    func path(_ name: String) -> String { self.workspace.path(name) }

    /// Runs `leadiq enrich arguments… --yes` against `sandbox`, with no client-side rate limit unless the test gives
    /// one. The sandbox is reached by URL, as LeadIQ would be, so spending needs the `--yes` no terminal can give.
    func enrich(
        _ arguments: [String], on sandbox: RunningSandbox, input: Data = Data(), key: String? = nil
    ) async throws -> CommandRunner.Result {
        try await self.workspace.run(["enrich"] + arguments, on: sandbox, input: input, key: key)
    }

    func records(_ path: String) throws -> [Record] { try self.workspace.records(path) }

    func records(jsonl data: Data) throws -> [Record] { try self.workspace.records(jsonl: data) }

    static let statuses: Set<String> = ["matched", "not_found", "skipped", "failed"]

    /// A CSV of `count` rows, `id` `row0`… and one distinct email each; returns its path.
    func distinctPeople(_ count: Int, named name: String) throws -> String {
        let rows = (0..<count).map { "row\($0),person\($0)@example-\($0 % 7).com" }
        let input = self.path(name)
        try ("id,email\n" + rows.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        return input
    }

    @Test func csvToCSVKeepsEveryRowInOrderAndPaysOncePerPerson() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let output = self.path("enriched.csv")
            let result = try await self.enrich([input, "-o", output, "--concurrency", "8"], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")

            let original = try self.records(input)
            let enriched = try self.records(output)
            #expect(enriched.count == original.count)
            for (before, after) in zip(original, enriched) {
                #expect(Array(after.names.prefix(before.names.count)) == before.names)
                #expect(Array(after.values.prefix(before.values.count)) == before.values)
                #expect(Self.statuses.contains(after["leadiq_status"] ?? ""))
            }
            // The fixture names Ana Martínez twice (LinkedIn URL in two spellings) and has one row with nothing to
            // look up: 25 rows, 23 distinct lookups, each sent once.
            #expect(enriched.filter { $0["leadiq_status"] == "skipped" }.count == 1)
            #expect(await sandbox.stats.searchPeopleLookups + self.companyLookups(enriched) == 23)
            #expect(result.standardError.contains("25 rows"))
        }
    }

    /// Company-only rows go through `searchCompany`, which the sandbox counts apart from person lookups.
    func companyLookups(_ records: [Record]) -> Int {
        records.filter { $0["leadiq_status"] != "skipped" && $0["First Name"] == "" && $0["Last Name"] == "" }.count
    }

    @Test func jsonLinesFromStandardInputToStandardOutputGainALeadIQObject() async throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.fixture("contacts.jsonl")))
        try await withSandbox { sandbox in
            let result = try await self.enrich(["-", "--from", "jsonl"], on: sandbox, input: input)
            #expect(result.status == 0, "\(result.standardError)")

            let lines = result.text.split(separator: "\n")
            #expect(lines.count == 25)
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                let leadiq = object?["leadiq"] as? [String: Any]
                #expect(Self.statuses.contains(leadiq?["status"] as? String ?? ""), "\(line)")
                #expect(object?["first_name"] != nil)
            }
        }
    }

    @Test func xmlToCSV() async throws {
        try await withSandbox { sandbox in
            let output = self.path("from-xml.csv")
            let result = try await self.enrich([CommandRunner.fixture("contacts.xml"), "-o", output], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            let enriched = try self.records(output)
            #expect(enriched.count == 25)
            #expect(enriched.filter { $0["leadiq_status"] == "matched" }.count > 15)
        }
    }

    @Test func orderIsKeptWhateverOrderAnswersArriveIn() async throws {
        let input = try self.distinctPeople(120, named: "ordered.csv")
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 1
        configuration.jitterMilliseconds = 30
        try await withSandbox(configuration) { sandbox in
            let output = self.path("ordered-out.csv")
            let result = try await self.enrich([input, "-o", output, "--concurrency", "16"], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try self.records(output).map { $0["id"] } == (0..<120).map { "row\($0)" })
        }
    }

    /// `--concurrency` requests are in flight at once, never more.
    @Test func theSandboxNeverSeesMoreRequestsAtOnceThanTheConcurrency() async throws {
        let input = try self.distinctPeople(60, named: "concurrent.csv")
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 40
        try await withSandbox(configuration) { sandbox in
            let output = self.path("concurrent-out.csv")
            let result = try await self.enrich([input, "-o", output, "--concurrency", "4"], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(sandbox.stats.mostRequestsAtOnce == 4)
            #expect(await sandbox.stats.searchPeopleLookups == 60)
            #expect(try self.records(output).map { $0["id"] } == (0..<60).map { "row\($0)" })
        }
    }

    /// With standard error going to a log, progress is a plain line every five seconds of the run: none for a run
    /// shorter than that, whose summary says it all (a line at the first row used to report a rate taken over
    /// milliseconds), and lines for one that lasts longer.
    @Test func aLoggedRunPrintsProgressEveryFiveSeconds() async throws {
        let slowInput = try self.distinctPeople(14, named: "slow.csv")
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 450
        try await withSandbox(configuration) { sandbox in
            // 23 lookups 4 at a time take under 3 s; 14 one at a time take over 6.
            let quickInput = CommandRunner.fixture("contacts.csv")
            async let quick = self.enrich([quickInput, "-o", self.path("quick.csv")], on: sandbox)
            let slowOutput = self.path("slow-out.csv")
            async let slow = self.enrich([slowInput, "-o", slowOutput, "--concurrency", "1"], on: sandbox)
            let progressLine = try Regex("(?m)^[0-9]+ rows? · [0-9]+\\.[0-9] rows/s · [0-9.]+ credits$")
            let (quickResult, slowResult) = try await (quick, slow)
            #expect(quickResult.status == 0, "\(quickResult.standardError)")
            #expect(!quickResult.standardError.contains("rows/s"), "\(quickResult.standardError)")
            #expect(quickResult.standardError.contains("25 rows in"))
            #expect(slowResult.status == 0, "\(slowResult.standardError)")
            #expect(slowResult.standardError.contains(progressLine), "\(slowResult.standardError)")
        }
    }

    /// `leadiq enrich … 2>&1 | head`: once nobody reads standard error the run's messages are dropped, and the run
    /// still ends normally with its output written (it used to trap in `FileHandle.write` with a crash report).
    @Test func aRunWhoseStandardErrorNobodyReadsStillFinishes() async throws {
        let output = self.path("unread-stderr.csv")
        let process = try CommandRunner.process(
            ["enrich", CommandRunner.fixture("contacts.csv"), "--sandbox", "-o", output], environment: [:]
        )
        let stderr = Pipe()
        try stderr.fileHandleForReading.close()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr.fileHandleForWriting
        try process.run()
        await onThreadOfItsOwn { process.waitUntilExit() }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try self.records(output).count == 25)
    }

    @Test func aRerunIsAnsweredFromTheCacheWithNoRequest() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let first = self.path("first.csv")
            let second = self.path("second.csv")
            #expect(try await self.enrich([input, "-o", first], on: sandbox).status == 0)
            let requests = await sandbox.stats.graphQLRequests
            let credits = await sandbox.stats.creditsUsed

            let rerun = try await self.enrich([input, "-o", second], on: sandbox)
            #expect(rerun.status == 0, "\(rerun.standardError)")
            // Only the two free account queries (before and after) reach the API.
            #expect(await sandbox.stats.graphQLRequests == requests + 2)
            #expect(await sandbox.stats.creditsUsed == credits)
            #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))

            // A budget of nothing still gets everything the cache holds.
            let free = try await self.enrich([input, "-o", second, "--max-credits", "0"], on: sandbox)
            #expect(free.status == 0, "\(free.standardError)")
            #expect(await sandbox.stats.creditsUsed == credits)
            #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))

            let refreshed = try await self.enrich([input, "-o", second, "--refresh"], on: sandbox)
            #expect(refreshed.status == 0)
            #expect(await sandbox.stats.graphQLRequests > requests + 4)
        }
    }

    @Test func aDryRunSpendsNothingAndBoundsWhatTheRunSpends() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let dry = try await self.enrich([input, "--dry-run", "--fields", "profile,email,phone"], on: sandbox)
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(await sandbox.stats.creditsUsed == .zero)
            #expect(await sandbox.stats.searchPeopleLookups == 0)
            let line = try #require(dry.text.split(separator: "\n").first { $0.hasPrefix("maximum credits") })
            let estimate = try #require(Double(line.split(separator: " ").last ?? ""))

            let run = try await self.enrich(
                [input, "-o", self.path("spent.csv"), "--fields", "profile,email,phone"], on: sandbox
            )
            #expect(run.status == 0, "\(run.standardError)")
            let spent = Double(await sandbox.stats.creditsUsed.tenths) / 10
            #expect(spent > 0)
            #expect(spent <= estimate)
        }
    }

    /// With --batch the dry run counts a batch's company lookups as the requests of their own they are: it counted
    /// 6 requests for contacts.csv at --batch 4, and the run sent 8.
    @Test func aDryRunCountsTheRequestsABatchedRunSends() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let dry = try await self.enrich([input, "--dry-run", "--batch", "4"], on: sandbox)
            #expect(dry.text.split(separator: "\n").contains("requests: 8"), "\(dry.text)")
            let before = await sandbox.stats.graphQLRequests
            let run = try await self.enrich([input, "-o", self.path("batched.csv"), "--batch", "4"], on: sandbox)
            #expect(run.status == 0, "\(run.standardError)")
            let sent = await sandbox.stats.graphQLRequests - before
            #expect(sent == 8 + 2, "8 for the lookups and 2 account queries")
        }
    }

    /// A dry run leaves out what the cache answers, as the run would: after a run, the same file's dry run counts no
    /// request and no credit (it counted every lookup again), and with --refresh, which reads no cache, all of them.
    @Test func aDryRunAfterARunLeavesOutWhatTheCacheAnswers() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let run = try await self.enrich([input, "-o", self.path("cached.csv")], on: sandbox)
            #expect(run.status == 0, "\(run.standardError)")
            let dry = try await self.enrich([input, "--dry-run"], on: sandbox)
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(dry.text.contains("requests: 0\nmaximum credits (profile,email): 0\n"), "\(dry.text)")
            let refreshed = try await self.enrich([input, "--dry-run", "--refresh"], on: sandbox)
            #expect(refreshed.text.contains("requests: 23\nmaximum credits (profile,email): 27\n"), "\(refreshed.text)")
        }
    }

    @Test func maxCreditsIsNeverExceeded() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let output = self.path("budget.csv")
            let result = try await self.enrich([input, "-o", output, "--max-credits", "5"], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(await sandbox.stats.creditsUsed <= Credits(whole: 5))
            let enriched = try self.records(output)
            #expect(enriched.count == 25)
            #expect(enriched.contains { $0["leadiq_reason"] == "budget" })
        }
    }

    /// LeadIQ down from the start: the opening account query fails past its retries, nothing is written, and the run
    /// exits 5 like one the outage breaker stops, so a script runs it again later (it exited 1, read as finished).
    @Test func leadIQDownFromTheStartExits5WithNothingWritten() async throws {
        var configuration = SandboxConfiguration()
        configuration.outageAfterRequests = 0
        configuration.retryAfterSeconds = 0
        try await withSandbox(configuration) { sandbox in
            let output = self.path("down.csv")
            let result = try await self.enrich([CommandRunner.fixture("contacts.csv"), "-o", output], on: sandbox)
            #expect(result.status == 5, "\(result.standardError)")
            #expect(result.standardError.contains("error: LeadIQ had a server error (HTTP 503)"))
            #expect(!FileManager.default.fileExists(atPath: output))
            #expect(await sandbox.stats.searchPeopleLookups == 0)
        }
    }

    @Test func aRejectedKeyStopsBeforeAnyOutputWithExitCode3() async throws {
        try await withSandbox { sandbox in
            let output = self.path("never.csv")
            let wrongKey = Data("not-the-sandbox-key".utf8).base64EncodedString()
            let result = try await self.enrich(
                [CommandRunner.fixture("contacts.csv"), "-o", output], on: sandbox, key: wrongKey
            )
            #expect(result.status == 3)
            #expect(result.standardError.contains("401"))
            #expect(!FileManager.default.fileExists(atPath: output))
            #expect(!result.standardError.contains(wrongKey))
        }
    }

    @Test func runningOutOfCreditsFinishesTheOutputAndExitsWith4() async throws {
        var configuration = SandboxConfiguration()
        configuration.credits = 5
        try await withSandbox(configuration) { sandbox in
            let output = self.path("starved.csv")
            let result = try await self.enrich([CommandRunner.fixture("contacts.csv"), "-o", output], on: sandbox)
            #expect(result.status == 4, "\(result.standardError)")
            let enriched = try self.records(output)
            #expect(enriched.count == 25)
            #expect(enriched.contains { $0["leadiq_reason"] == "insufficient_credits" })
        }
    }

    @Test func serverErrorsAreRetriedAndEveryRowIsAccountedFor() async throws {
        var configuration = SandboxConfiguration()
        configuration.failRate = 0.3
        configuration.seed = 7
        try await withSandbox(configuration) { sandbox in
            let output = self.path("flaky.csv")
            let result = try await self.enrich(
                [CommandRunner.fixture("contacts.csv"), "-o", output, "--rejects", self.path("rejects.csv")],
                on: sandbox
            )
            #expect([0, 1].contains(result.status), "\(result.standardError)")
            let enriched = try self.records(output)
            #expect(enriched.count == 25)
            #expect(!result.standardError.contains(" 0 retries"))
            let failed = enriched.filter { $0["leadiq_status"] == "failed" }.count
            let skipped = enriched.filter { $0["leadiq_status"] == "skipped" }.count
            #expect(try self.records(self.path("rejects.csv")).count == failed + skipped)
        }
    }

    /// Two outputs naming one file are refused before anything is sent, however the paths are spelled: the report
    /// used to replace the enriched output, and rejects spelled `dir/./x.csv` replaced `dir/x.csv`.
    @Test func outputsNamingOneFileAreRefused() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let output = self.path("one.csv")
            let respelled = (output as NSString).deletingLastPathComponent + "/./one.csv"
            for extra in [["--report", output], ["--rejects", respelled]] {
                let result = try await self.enrich([input, "-o", output] + extra, on: sandbox)
                #expect(result.status == 2, "\(extra): \(result.standardError)")
                #expect(result.standardError.contains("the same file"), "\(result.standardError)")
            }
            #expect(await sandbox.stats.searchPeopleLookups == 0)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// An output that cannot be written is refused before anything is sent: `-o` naming a folder used to fail only
    /// when the finished output was renamed into place, and a report in a missing folder only once the run was over.
    @Test func outputsThatCannotBeWrittenAreRefusedBeforeSpending() async throws {
        let input = CommandRunner.fixture("contacts.csv")
        try await withSandbox { sandbox in
            let folder = self.path("a-folder")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let missing = self.path("missing/report.json")
            for (arguments, expected) in [
                (["-o", folder], "cannot open \(folder): it is a folder, not a file"),
                (["-o", self.path("out.csv"), "--report", missing], "--report: cannot open \(missing): No such file"),
            ] {
                let result = try await self.enrich([input] + arguments, on: sandbox)
                #expect(result.status == 2, "\(arguments): \(result.standardError)")
                #expect(result.standardError.contains(expected), "\(result.standardError)")
            }
            #expect(await sandbox.stats.searchPeopleLookups == 0)
        }
    }

    /// JSON Lines and XML records are each mapped from their own fields: a first record without an email used to
    /// leave the email unmapped for every row, so later rows that had one were skipped, and `--map email=…` and
    /// `verify` were refused.
    @Test(arguments: [
        ("varied.jsonl", "{\"name\":\"Nobody\"}\n{\"work email\":\"ada@analytical.engines\"}\n"),
        (
            "varied.xml",
            "<people><person><name>Nobody</name></person><person><work_email>ada@analytical.engines</work_email>"
                + "</person></people>"
        ),
    ])
    func recordsWithOtherFieldsAreEachMapped(name: String, text: String) async throws {
        try await withSandbox { sandbox in
            let input = self.path(name)
            try text.write(toFile: input, atomically: true, encoding: .utf8)
            for (command, extra) in [("enrich", []), ("enrich", ["--map", "email=work email"]), ("verify", [])] {
                let output = self.path("\(command)-\(extra.count)-\(name).csv")
                let result = try await self.workspace.run([command, input, "-o", output] + extra, on: sandbox)
                #expect(result.status == 0, "\(command) \(extra): \(result.standardError)")
                let statuses = try self.records(output).map { $0["leadiq_status"] }
                #expect(statuses == ["skipped", "matched"], "\(command) \(extra)")
            }
        }
    }

    /// A `--map` naming a field no JSON Lines record has cannot be refused at the start, as for a CSV header; it is
    /// warned about at the end.
    @Test func aMapThatNoRecordHadIsWarnedAbout() async throws {
        try await withSandbox { sandbox in
            let input = self.path("typo.jsonl")
            try "{\"name\":\"Nobody\"}\n{\"work email\":\"ada@analytical.engines\"}\n"
                .write(toFile: input, atomically: true, encoding: .utf8)
            for (map, warned) in [("email=work emial", true), ("email=work email", false)] {
                let result = try await self.enrich([input, "-o", self.path("typo.csv"), "--map", map], on: sandbox)
                #expect(result.status == 0, "\(result.standardError)")
                let warning = "warning: --map email=work emial: no record had a field 'work emial'"
                #expect(result.standardError.contains(warning) == warned, "\(result.standardError)")
            }
        }
    }

    /// A CSV with a header and no rows gives an output that names the input's columns and LeadIQ's; it was empty.
    @Test func aHeaderWithNoRowsGivesAHeaderOnlyOutput() async throws {
        try await withSandbox { sandbox in
            let input = self.path("header-only.csv")
            try "email,First Name\n".write(toFile: input, atomically: true, encoding: .utf8)
            let output = self.path("header-only-enriched.csv")
            let result = try await self.enrich([input, "-o", output], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            let header = try String(contentsOfFile: output, encoding: .utf8)
            #expect(header.hasPrefix("email,First Name,leadiq_status,leadiq_reason,"))
            #expect(header.hasSuffix(",leadiq_linkedin_url\n") && header.split(separator: "\n").count == 1)
        }
    }

    @Test func theRejectsFileIsThisRunsEvenWhenItHasNone() async throws {
        try await withSandbox { sandbox in
            let rejects = self.path("run-rejects.csv")
            let withSkipped = self.path("with-skipped.csv")
            try "id,email\nrow0,ann@acme.com\nrow1,\n".write(toFile: withSkipped, atomically: true, encoding: .utf8)
            let first = try await self.enrich(
                [withSkipped, "-o", self.path("first.csv"), "--rejects", rejects], on: sandbox)
            #expect(first.status == 0, "\(first.standardError)")
            #expect(try self.records(rejects).map { $0["id"] } == ["row1"])

            let clean = try self.distinctPeople(3, named: "clean.csv")
            let second = try await self.enrich(
                [clean, "-o", self.path("second.csv"), "--rejects", rejects], on: sandbox)
            #expect(second.status == 0, "\(second.standardError)")
            #expect(try self.records(rejects).isEmpty, "the first run's rejects are not left as this run's")
        }
    }

    /// LeadIQ's 429s (here a fifth of all answers, each with `Retry-After: 1`) are waited out and retried: every row
    /// is answered and none fails.
    @Test func rateLimitedAnswersAreWaitedOutAndRetried() async throws {
        var configuration = SandboxConfiguration()
        configuration.throttleRate = 0.2
        configuration.seed = 7
        try await withSandbox(configuration) { sandbox in
            let output = self.path("throttled.csv")
            let report = self.path("throttled.json")
            let result = try await self.enrich(
                [CommandRunner.fixture("contacts.csv"), "-o", output, "--report", report], on: sandbox
            )
            #expect(result.status == 0, "\(result.standardError)")
            let enriched = try self.records(output)
            #expect(enriched.count == 25)
            #expect(!enriched.contains { $0["leadiq_status"] == "failed" })
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report)))
            let retries = try #require((summary as? [String: Any])?["retries"] as? Int)
            #expect(retries > 0)
        }
    }
}
