import Foundation
import Testing

/// A run that can spend credits says what it would spend and asks first; with no one to ask it refuses.
@Suite struct SpendConfirmationTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-confirm-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { self.scratch.appendingPathComponent(name).path }

    /// A cache of this test's own, so nothing is answered before the test means it to be.
    var environment: [String: String] { ["XDG_CACHE_HOME": self.path("cache")] }


    func enrich(_ sandbox: StandaloneSandbox, to output: String) -> [String] {
        ["enrich", CommandRunner.fixture("contacts.csv"), "-o", output, "--rate-limit", "6000"] + sandbox.connection
    }

    @Test func aTerminalIsShownTheEstimateAndAskedAndYesSpends() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.path("yes.csv")
        let terminal = ["TERM": "xterm-256color", "NO_COLOR": ""]
        let result = try await PseudoTerminal.run(
            self.enrich(sandbox, to: output), prompt: "[y/N]", reply: "y",
            environment: self.environment.merging(terminal) { _, given in given }
        )
        #expect(result.status == 0, "\(result.transcript)")
        #expect(result.transcript.contains("unique lookups: 23"))
        #expect(result.transcript.contains("estimated duration: under a minute at 6000 requests/min"))
        #expect(result.transcript.contains("balance: 10000 credits available"))
        // 21 people at 1 credit and 2 companies at 3, at most; one company is not found, so 26 are spent.
        #expect(result.transcript.contains("Spend up to 27 credits? [y/N]"))
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(try await sandbox.creditsUsed() == 26)
        // The rows counted for the estimate give the progress line its total and a green bar.
        #expect(result.transcript.contains("/25 rows"))
        #expect(result.transcript.contains("\u{1B}[32m["))
    }

    @Test func theProgressBarHasNoColourUnderNoColor() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let result = try await PseudoTerminal.run(
            self.enrich(sandbox, to: self.path("plain.csv")) + ["--yes"], prompt: "[y/N]", reply: "",
            environment: self.environment.merging(["TERM": "xterm-256color", "NO_COLOR": "1"]) { _, given in given }
        )
        #expect(result.status == 0, "\(result.transcript)")
        #expect(!result.transcript.contains("Spend up to"))
        #expect(result.transcript.contains("/25 rows"))
        #expect(result.transcript.contains(try Regex("\\[[#-]{24}\\] [0-9]+/25 rows")))
        #expect(!result.transcript.contains("\u{1B}[32m"))
    }

    @Test func anythingButYesSpendsNothingAndWritesNothing() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.path("no.csv")
        let result = try await PseudoTerminal.run(
            self.enrich(sandbox, to: output), prompt: "[y/N]", reply: "", environment: self.environment
        )
        #expect(result.status == 1, "\(result.transcript)")
        #expect(result.transcript.contains("nothing was spent"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try await sandbox.creditsUsed() == 0)
    }

    @Test func withNoTerminalToAskARunThatWouldSpendIsRefused() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.path("refused.csv")
        let result = try await CommandRunner.run(self.enrich(sandbox, to: output), environment: self.environment)
        #expect(result.status == 2)
        #expect(result.standardError.contains("can spend up to 27 credits"))
        #expect(result.standardError.contains("--yes"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try await sandbox.creditsUsed() == 0)
    }

    /// With `--preview` the question counts what the free previews save: people without a phone are not asked for one.
    @Test func theQuestionCountsWhatThePreviewSaves() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let phones = try await CommandRunner.run(
            self.enrich(sandbox, to: self.path("phones.csv")) + ["--fields", "phone"], environment: self.environment
        )
        #expect(phones.standardError.contains("can spend up to 216 credits"))
        let previewed = try await CommandRunner.run(
            self.enrich(sandbox, to: self.path("previewed.csv")) + ["--fields", "phone", "--preview"],
            environment: self.environment
        )
        #expect(previewed.status == 2)
        #expect(previewed.standardError.contains("credits --preview saves: 40"))
        #expect(previewed.standardError.contains("can spend up to 176 credits"))
        #expect(try await sandbox.creditsUsed() == 0, "previews are free")
    }

    @Test func aRunThatSpendsNothingDoesNotAsk() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let paid = try await CommandRunner.run(
            self.enrich(sandbox, to: self.path("first.csv")) + ["--yes"], environment: self.environment
        )
        #expect(paid.status == 0, "\(paid.standardError)")
        // Everything is cached now: the same run without --yes and without a terminal goes ahead.
        let free = try await CommandRunner.run(
            self.enrich(sandbox, to: self.path("again.csv")), environment: self.environment
        )
        #expect(free.status == 0, "\(free.standardError)")
        #expect(!free.standardError.contains("Spend up to"))
        // The embedded sandbox spends no real credits, so it never asks either.
        let embedded = try await CommandRunner.run(
            ["enrich", CommandRunner.fixture("contacts.csv"), "--sandbox", "-o", self.path("embedded.csv")],
            environment: self.environment
        )
        #expect(embedded.status == 0, "\(embedded.standardError)")
    }

    @Test func standardInputCannotBeCountedSoItNeedsYes() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let input = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.fixture("contacts.jsonl")))
        let refused = try await CommandRunner.run(
            ["enrich", "-", "--from", "jsonl", "--rate-limit", "6000"] + sandbox.connection, input: input,
            environment: self.environment
        )
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("standard input cannot be counted"))
        let confirmed = try await CommandRunner.run(
            ["enrich", "-", "--from", "jsonl", "--rate-limit", "6000", "--yes"] + sandbox.connection, input: input,
            environment: self.environment
        )
        #expect(confirmed.status == 0, "\(confirmed.standardError)")
        #expect(confirmed.text.split(separator: "\n").count == 25)
    }
}
