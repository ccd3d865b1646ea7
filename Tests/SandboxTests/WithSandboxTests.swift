import AsyncHTTPClient
import Foundation
import LeadIQ
import NIOCore
import NIOHTTP1
import Sandbox
import Testing

/// `withSandbox` serves both APIs on a free loopback port for the duration of its body, and only then.
@Suite struct WithSandboxTests {
    @Test func bothAPIsAnswerOnTheReportedURLsUntilTheScopeEnds() async throws {
        let graphQLURL = try await withSandbox { sandbox in
            #expect(sandbox.graphQLURL.hasPrefix("http://127.0.0.1:"))
            #expect(sandbox.graphQLURL.hasSuffix("/graphql"))
            #expect(sandbox.apiKey == SandboxConfiguration.defaultAPIKey)

            var graphQL = HTTPClientRequest(url: sandbox.graphQLURL)
            graphQL.method = .POST
            graphQL.headers.add(name: "Authorization", value: "Basic \(sandbox.apiKey)")
            graphQL.headers.add(name: "Content-Type", value: "application/json")
            graphQL.body = .bytes(ByteBuffer(string: #"{"query":"{ account { universalPlan { available } } }"}"#))
            let graphQLResponse = try await HTTPClient.shared.execute(graphQL, timeout: .seconds(10))
            #expect(graphQLResponse.status == .ok)
            let body = try await graphQLResponse.body.collect(upTo: 1 << 20)
            #expect(String(buffer: body) == #"{"data":{"account":{"universalPlan":{"available":10000}}}}"#)

            var rest = HTTPClientRequest(url: sandbox.prospectorURL + LeadIQContract.Prospector.lists)
            rest.headers.add(name: LeadIQContract.prospectorKeyHeader, value: "leadiq-sandbox-key")
            let restResponse = try await HTTPClient.shared.execute(rest, timeout: .seconds(10))
            #expect(restResponse.status == .ok)

            #expect(await sandbox.stats.graphQLRequests == 1)
            #expect(await sandbox.stats.restRequests == ["GET /v1/lists": 1])
            return sandbox.graphQLURL
        }
        var after = HTTPClientRequest(url: graphQLURL)
        after.method = .POST
        await #expect(throws: (any Error).self) {
            _ = try await HTTPClient.shared.execute(after, timeout: .seconds(5))
        }
    }

    /// A client that closes after each answer (`Connection: close`, as Python's urllib and curl's one-shot requests
    /// do) still gets it: the server's close waits for the answer held back by the latency.
    @Test func aConnectionCloseRequestGetsItsDelayedAnswer() async throws {
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 60
        try await withSandbox(configuration) { sandbox in
            var request = HTTPClientRequest(url: sandbox.prospectorURL + LeadIQContract.Prospector.lists)
            request.headers.add(name: LeadIQContract.prospectorKeyHeader, value: "leadiq-sandbox-key")
            request.headers.add(name: "Connection", value: "close")
            let elapsed = try await ContinuousClock().measure {
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
                #expect(response.status == .ok)
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            #expect(elapsed >= .milliseconds(60))
        }
    }

    @Test func aTakenPortIsReportedNotHung() async throws {
        try await withSandbox { sandbox in
            let port = try #require(URL(string: sandbox.prospectorURL)?.port)
            var configuration = SandboxConfiguration()
            configuration.port = port
            await #expect(throws: (any Error).self) {
                try await withSandbox(configuration) { _ in }
            }
        }
    }
}
