import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Testing

/// `leadiq verify` as users run it: the built binary against a sandbox over loopback, whose counters show each
/// verification sent and charged.
@Suite struct VerifyCommandTests {
    let workspace: CommandWorkspace
    static let route = "GET /v1/verify-email"

    init() throws {
        self.workspace = try CommandWorkspace()
    }

    /// Eight rows: one address in three spellings, another in two, Ada's once, a blank cell and a malformed one.
    func input() throws -> String {
        let path = self.workspace.path("addresses.csv")
        let rows = [
            "id,Name,E-mail", "1,Ann,ann.lee@globex.com", "2,Ann again, ANN.LEE@Globex.COM ", "3,Nobody,",
            "4,Typo,bob at initech.com", "5,Bob,bob@initech.com", "6,Ann once more,ann.lee@globex.com",
            "7,Bob again,Bob@Initech.com", "8,Ada,\(KnownPeople.ada.email)",
        ]
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func oneRequestPerDistinctAddressEveryRowInOrderAndAReRunFromTheCache() async throws {
        let input = try self.input()
        try await withSandbox { sandbox in
            let output = self.workspace.path("verified.csv")
            let result = try await self.workspace.run(["verify", input, "-o", output], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")

            #expect(await sandbox.stats.restRequests[Self.route] == 3)
            #expect(await sandbox.stats.creditsUsed == Credits(tenths: 3))
            let rows = try self.workspace.records(output)
            #expect(rows.map { $0["id"] } == (1...8).map { String($0) })
            #expect(rows[0].names == ["id", "Name", "E-mail", "leadiq_status", "leadiq_reason", "leadiq_email_status"])
            let matched = ["matched", "matched"]
            #expect(rows.map { $0["leadiq_status"] } == matched + ["skipped", "skipped"] + matched + matched)
            #expect(rows.map { $0["leadiq_reason"] } == ["", "", "no_email", "invalid_email", "", "", "", ""])
            let statuses = rows.map { $0["leadiq_email_status"] ?? "" }
            #expect(Set([statuses[0], statuses[1], statuses[5]]).count == 1 && statuses[4] == statuses[6])
            #expect(statuses[7] == "Verified")
            #expect(statuses.allSatisfy { ["Verified", "VerifiedLikely", "Unverified", "Invalid", ""].contains($0) })
            #expect(result.standardError.contains("email statuses: "))
            // 0.3 credits spent; the account counts whole ones (the sandbox's rounds up), so the summary's "used" can
            // pass its estimate, and it says why beside the figure.
            let credits = "credits: at most 0.3 estimated, 1 used (account before vs after, in whole credits)"
            #expect(result.standardError.contains(credits))

            let again = self.workspace.path("again.csv")
            let rerun = try await self.workspace.run(["verify", input, "-o", again], on: sandbox)
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(await sandbox.stats.restRequests[Self.route] == 3)
            #expect(await sandbox.stats.creditsUsed == Credits(tenths: 3))
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: again)))
            #expect(rerun.standardError.contains("3 answered from cache"))
        }
    }

    @Test func jsonLinesGetTheVerdictInALeadIQObject() async throws {
        let input = try self.input()
        try await withSandbox { sandbox in
            let result = try await self.workspace.run(["verify", input, "--to", "jsonl", "--no-cache"], on: sandbox)
            #expect(result.status == 0, "\(result.standardError)")
            let lines = result.text.split(separator: "\n")
            #expect(lines.count == 8)
            let last = try JSONSerialization.jsonObject(with: Data(lines[7].utf8)) as? [String: Any]
            let leadiq = last?["leadiq"] as? [String: Any]
            #expect(leadiq?["status"] as? String == "matched")
            #expect(leadiq?["email_status"] as? String == "Verified")
        }
    }

    @Test func aDryRunCountsTheAddressesAndTheirPrice() async throws {
        let input = try self.input()
        try await withSandbox { sandbox in
            let dry = try await self.workspace.run(["verify", input, "--dry-run"], on: sandbox)
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(dry.text.contains("unique addresses: 3 (3 duplicate rows)"))
            #expect(dry.text.contains("skipped rows: 2"))
            #expect(dry.text.contains("maximum credits (0.1 per address): 0.3"))
            #expect(await sandbox.stats.restRequests[Self.route] == nil)
        }
    }

    @Test func runningOutOfCreditsFailsTheRestAndExitsWith4() async throws {
        let input = try self.input()
        var configuration = SandboxConfiguration()
        configuration.credits = 0
        try await withSandbox(configuration) { sandbox in
            let output = self.workspace.path("starved.csv")
            let result = try await self.workspace.run(["verify", input, "-o", output], on: sandbox)
            #expect(result.status == 4, "\(result.standardError)")
            let rows = try self.workspace.records(output)
            #expect(rows.count == 8 && rows[0]["leadiq_reason"] == "insufficient_credits")
            #expect(rows[2]["leadiq_reason"] == "no_email")
        }
    }

    @Test func aFileWithoutAnEmailColumnIsRefused() async throws {
        let path = self.workspace.path("names.csv")
        try "id,Name\n1,Ann\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try await CommandRunner.run(
            ["verify", path, "--sandbox"], environment: ["XDG_CACHE_HOME": self.workspace.cacheHome.path]
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("error: \(path): no column was recognised as holding email addresses"))
        #expect(result.standardError.contains("--map email=COLUMN") && result.text.isEmpty)
        // The refusal comes once the file is open; it used to print the top-level usage, as if no command had run.
        #expect(!result.standardError.contains("Usage: leadiq <subcommand>"))
    }

    @Test func theBudgetStopsVerifyingAndTheRestIsSkipped() async throws {
        let input = try self.input()
        try await withSandbox { sandbox in
            let output = self.workspace.path("budget.csv")
            let result = try await self.workspace.run(
                ["verify", input, "-o", output, "--max-credits", "0.2", "--concurrency", "1"], on: sandbox
            )
            #expect(result.status == 0, "\(result.standardError)")
            #expect(await sandbox.stats.restRequests[Self.route] == 2)
            let rows = try self.workspace.records(output)
            #expect(rows.count == 8 && rows[7]["leadiq_reason"] == "budget")
        }
    }
}
