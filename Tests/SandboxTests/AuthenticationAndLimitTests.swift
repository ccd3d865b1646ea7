import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// Keys are checked as LeadIQ checks them on each API, and the per-key limit answers 429.
@Suite struct AuthenticationAndLimitTests {
    @Test(arguments: [nil, "Basic d3Jvbmc=", "Bearer \(SandboxWire.key)", SandboxWire.key, "Basic \(SandboxWire.decodedKey)"])
    func graphQLRejectsAnythingButBasicWithTheKeyAsGiven(authorization: String?) async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(client, GuideDocuments.account, authorization: authorization)
            #expect(reply.status == .unauthorized)
            #expect(reply.body["errors"][0]["extensions"]["response"]["status"].int == 401)
            #expect(reply.body["data"] == .null)
        }
        #expect(await stats.creditsUsed == .zero)
    }

    @Test(arguments: [nil, SandboxWire.key, "wrong"])
    func prospectorRejectsAnythingButTheDecodedKey(apiKey: String?) async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.rest(client, .get, "/v1/lists", apiKey: apiKey)
            #expect(reply.status == .unauthorized)
            #expect(reply.body["code"].string == "unauthorized")
            #expect(reply.body["message"].string?.isEmpty == false)
        }
    }

    @Test func aCustomKeyIsExpectedAsGivenOnGraphQLAndDecodedOnProspector() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.apiKey = "c2VjcmV0LWtleQ==" }
        try await application.test(.router) { client in
            let graphQL = try await SandboxWire.graphQL(
                client, GuideDocuments.account, authorization: "Basic c2VjcmV0LWtleQ==")
            #expect(graphQL.status == .ok)
            let rest = try await SandboxWire.rest(client, .get, "/v1/lists", apiKey: "secret-key")
            #expect(rest.status == .ok)
        }
    }

    @Test func pastTheLimitGraphQLAnswers429() async throws {
        let (application, stats) = try SandboxWire.sandbox { $0.requestsPerMinute = 2 }
        try await application.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 1...3 {
                statuses.append(try await SandboxWire.graphQL(client, GuideDocuments.account).status)
            }
            #expect(statuses == [.ok, .ok, .tooManyRequests])
            let limited = try await SandboxWire.graphQL(client, GuideDocuments.account)
            #expect(limited.body["errors"][0]["extensions"]["response"]["status"].int == 429)
        }
        #expect(await stats.graphQLRequests == 4)
    }

    @Test func prospectorSendsRateLimitHeadersAndAnswers429() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.requestsPerMinute = 2 }
        try await application.test(.router) { client in
            let first = try await SandboxWire.rest(client, .get, "/v1/lists")
            #expect(first.headers[HTTPField.Name("RateLimit-Policy")!] == "2;w=60")
            let state = try #require(first.headers[HTTPField.Name("RateLimit")!])
            #expect(state.hasPrefix("limit=2, remaining=1, reset="))
            _ = try await SandboxWire.rest(client, .get, "/v1/lists")
            let third = try await SandboxWire.rest(client, .get, "/v1/lists")
            #expect(third.status == .tooManyRequests)
            #expect(third.body["code"].string == "rate_limited")
            #expect(third.headers[HTTPField.Name("RateLimit")!]?.hasPrefix("limit=2, remaining=0") == true)
        }
    }
}
