import Foundation
import TestHelpers
import Testing

/// `leadiq account` as users run it: the built binary, against `leadiq sandbox` in another process.
@Suite struct AccountCommandTests {
    /// Runs `leadiq` with `arguments` and only `environment` (no inherited key), in an empty directory (no `.env`).
    static func leadiq(
        _ arguments: [String], environment: [String: String] = [:]
    ) async throws -> CommandRunner.Result {
        try await CommandRunner.run(arguments, environment: environment, isolated: true)
    }

    @Test func printsTheCreditsAvailableAndUsed() async throws {
        let sandbox = try await StandaloneSandbox.start(["--credits", "250"])
        let text = try await Self.leadiq(["account"], environment: sandbox.environment)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.text.contains("Universal credits: 250 available, 0 used"))

        let json = try await Self.leadiq(["account", "--json"], environment: sandbox.environment)
        let account = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
        let plan = account?["universalPlan"] as? [String: Any]
        #expect(plan?["available"] as? Int == 250)
        #expect(plan?["used"] as? Int == 0)
    }

    @Test func verboseTracesNeverShowTheKey() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let key = try #require(sandbox.environment["LEADIQ_API_KEY"])
        let run = try await Self.leadiq(["account", "--verbose"], environment: sandbox.environment)
        #expect(run.status == 0)
        #expect(run.standardError.contains("Authorization: <redacted>"))
        #expect(!run.standardError.contains(key) && !run.text.contains(key))
    }

    @Test func withoutAKeyItSaysWhereToPutOne() async throws {
        let run = try await Self.leadiq(["account"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("LEADIQ_API_KEY"))
        #expect(run.standardError.contains("--api-key-file"))
    }

    @Test func plainHTTPToAnotherHostIsRefusedBeforeConnecting() async throws {
        let key = Data("k".utf8).base64EncodedString()
        let run = try await Self.leadiq(
            ["account", "--graphql-url", "http://api.leadiq.com/graphql"],
            environment: ["LEADIQ_API_KEY": key]
        )
        #expect(run.status == 2)
        #expect(run.standardError.contains("must use https"))
    }

    /// Every command exits as the README's table says, not only `enrich`: 3 for a rejected key.
    @Test func aRejectedKeyExits3() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let wrongKey = Data("wrong".utf8).base64EncodedString()
        let environment = sandbox.environment.merging(["LEADIQ_API_KEY": wrongKey]) { _, wrong in wrong }
        let run = try await Self.leadiq(["account"], environment: environment)
        #expect(run.status == 3, "\(run.standardError)")
        #expect(run.standardError.contains("error: LeadIQ rejected the API key"))
    }

    /// 5 when LeadIQ answers nothing but server errors past the retries: it looks down, and running the command
    /// again later is what to do (it used to exit 1, which scripts read as finished).
    @Test func anOutageExits5() async throws {
        let sandbox = try await StandaloneSandbox.start(["--outage-after", "0", "--retry-after", "0"])
        let run = try await Self.leadiq(["account", "--rate-limit", "6000"], environment: sandbox.environment)
        #expect(run.status == 5, "\(run.standardError)")
        #expect(run.standardError.contains("error: LeadIQ had a server error (HTTP 503)"))
        // The five retries come within a second: the first is announced, the rest are not, to keep the screen clear.
        let notices = run.standardError.split(separator: "\n").filter { $0.hasPrefix("retrying in ") }
        #expect(notices.count == 1)
        #expect(notices.first?.hasPrefix("retrying in 0.0 s (attempt 2 of 6): LeadIQ had a server error") == true)
    }
}
