import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// Injected faults look like real ones on the wire, and a dropped write has still been applied.
@Suite struct FaultInjectionTests {
    @Test func failuresAreServerErrorsInEachAPIsShape() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.failRate = 1 }
        try await application.test(.router) { client in
            let graphQL = try await SandboxWire.graphQL(client, GuideDocuments.account)
            #expect(graphQL.status == .internalServerError)
            #expect(graphQL.body["errors"][0]["extensions"]["response"]["status"].int == 500)
            let rest = try await SandboxWire.rest(client, .get, "/v1/lists")
            #expect(rest.status == .badGateway)
            #expect(rest.body["code"].string == "upstream_error")
        }
    }

    @Test func throttlingIsA429WithRetryAfterInEachAPIsShape() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.throttleRate = 1 }
        try await application.test(.router) { client in
            let graphQL = try await SandboxWire.graphQL(client, GuideDocuments.account)
            #expect(graphQL.status == .tooManyRequests)
            #expect(graphQL.headers[HTTPField.Name("Retry-After")!] == "1")
            #expect(graphQL.body["errors"][0]["extensions"]["response"]["status"].int == 429)
            let rest = try await SandboxWire.rest(client, .get, "/v1/lists")
            #expect(rest.status == .tooManyRequests)
            #expect(rest.headers[HTTPField.Name("Retry-After")!] == "1")
            #expect(rest.body["code"].string == "rate_limited")
        }
    }

    @Test func theSameSeedReplaysTheSameFaults() async throws {
        func statuses(seed: UInt64) async throws -> [HTTPResponse.Status] {
            let (application, _) = try SandboxWire.sandbox {
                $0.failRate = 0.5
                $0.seed = seed
            }
            return try await application.test(.router) { client in
                var statuses: [HTTPResponse.Status] = []
                for _ in 0..<24 {
                    statuses.append(try await SandboxWire.rest(client, .get, "/v1/lists").status)
                }
                return statuses
            }
        }
        let first = try await statuses(seed: 7)
        #expect(try await statuses(seed: 7) == first)
        #expect(first.contains(.ok))
        #expect(first.contains(.badGateway))
    }

    @Test func latencyDelaysEveryResponse() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.latencyMilliseconds = 120 }
        // Live: the latency is applied on the connection, which the router test client bypasses.
        try await application.test(.live) { client in
            var reply: SandboxWire.Reply?
            let elapsed = try await ContinuousClock().measure {
                reply = try await SandboxWire.rest(client, .get, "/v1/lists")
            }
            #expect(elapsed >= .milliseconds(120))
            #expect(reply?.status == .ok)
            // How the latency travels from the fault injector to the connection is not part of the answer.
            #expect(reply?.headers.contains { $0.name.canonicalName.hasPrefix("x-leadiq-sandbox") } == false)

            let refused = try await ContinuousClock().measure {
                reply = try await SandboxWire.rest(client, .get, "/v1/lists", apiKey: nil)
            }
            #expect(reply?.status == .unauthorized)
            #expect(refused >= .milliseconds(120))
        }
    }

    @Test func aResetWriteIsAppliedBeforeTheConnectionDrops() async throws {
        let (application, stats) = try SandboxWire.sandbox { $0.resetRate = 1 }
        try await application.test(.live) { client in
            await #expect(throws: (any Error).self) {
                try await SandboxWire.rest(client, .post, "/v1/lists", body: #"{"name":"dropped"}"#)
            }
        }
        let lists = await stats.lists
        #expect(lists.map(\.name) == ["dropped"])
        let listID = try #require(lists.first?.id)

        // Served again over the same state: adding a prospect is applied, then dropped as well.
        try await application.test(.live) { client in
            await #expect(throws: (any Error).self) {
                try await SandboxWire.rest(
                    client, .post, "/v1/lists/\(listID)/prospects",
                    body: #"{"firstName":"Ada","lastName":"Lovelace"}"#)
            }
        }
        #expect(await stats.prospects(inList: listID).map(\.firstName) == ["Ada"])
    }

    @Test func aResetReadReturnsNothingAndChangesNothing() async throws {
        let (application, stats) = try SandboxWire.sandbox { $0.resetRate = 1 }
        try await application.test(.live) { client in
            await #expect(throws: (any Error).self) {
                try await SandboxWire.graphQL(
                    client, GuideDocuments.searchPerson,
                    variables: #"{"input":{"email":"\#(KnownPeople.ada.email)"}}"#)
            }
        }
        #expect(await stats.creditsUsed == .zero)
        #expect(await stats.searchPeopleLookups == 0)
    }
}
