import Foundation
import LeadIQ
import Sandbox
import Testing

/// The client reading Prospector's `RateLimit-Policy` and `RateLimit` headers from the sandbox, which sends them as
/// LeadIQ does.
@Suite struct RateLimitHintWireTests {
    /// Long enough that a loaded machine still sends each test's requests inside one window, short enough to wait for.
    static let window = 6

    /// Two clients on one key, as two processes of one user would be: one spends the quota, the other must see from
    /// the headers that none is left and hold all of its requests until the window resets.
    @Test func aSpentQuotaHoldsEveryRequestUntilTheReset() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.requestsPerMinute = 2
        sandbox.rateLimitWindowSeconds = Self.window
        let (statistics, pausedAt, finishedAt) = try await withSandbox(sandbox) { running in
            try await Self.withClient(running) { other in
                _ = try await other.verifyEmail("first@acme.com")
            }
            return try await Self.withClient(running) { client in
                // The window's second request: it goes through and says nothing remains until the window ends.
                _ = try await client.verifyEmail("second@acme.com")
                let pausedAt = ContinuousClock.now
                let finishedAt = try await withThrowingTaskGroup(of: ContinuousClock.Instant.self) { group in
                    for index in 0..<2 {
                        group.addTask {
                            _ = try await client.verifyEmail("worker\(index)@acme.com")
                            return ContinuousClock.now
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                return (client.statistics(), pausedAt, finishedAt)
            }
        }
        // Had any request gone before the reset, the sandbox would have answered it 429.
        #expect(statistics.rateLimitedResponses == 0)
        #expect(statistics.requestsSent == 3)
        for finished in finishedAt {
            #expect(pausedAt.duration(to: finished) >= .seconds(1))
        }
    }

    /// A 429 names when the quota resets (in `RateLimit`); the client waits that long and succeeds, once.
    @Test func aRateLimitedReadIsRetriedAfterTheResetItNames() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.requestsPerMinute = 2
        sandbox.rateLimitWindowSeconds = Self.window
        let statistics = try await withSandbox(sandbox) { running in
            try await Self.withClient(running) { other in
                for _ in 0..<2 {
                    _ = try await other.lists()
                }
            }
            return try await Self.withClient(running) { client in
                _ = try await client.lists()
                return client.statistics()
            }
        }
        #expect(statistics.rateLimitedResponses == 1)
        #expect(statistics.retries == 1)
        #expect(statistics.requestsSent == 2)
    }

    static func withClient<T: Sendable>(
        _ running: RunningSandbox,
        _ body: @escaping @Sendable (LeadIQClient) async throws -> T
    ) async throws -> T {
        let configuration = LeadIQClientConfiguration(
            apiKey: try APIKey(running.apiKey),
            graphQLURL: running.graphQLURL,
            prospectorURL: running.prospectorURL,
            requestsPerMinute: 60_000,
            retryPolicy: fastRetry
        )
        return try await withLeadIQClient(configuration, body)
    }
}
