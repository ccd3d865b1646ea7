import Hummingbird
import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// Every document is validated against LeadIQ's schema before anything runs; failures are GraphQL errors in HTTP 200.
@Suite struct GraphQLValidationTests {
    @Test func aFieldLeadIQDoesNotHaveIsRejected() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client,
                "query { searchPeople(input: {email: \"a@b.com\"}) { results { id mobileNumber } } }"
            )
            #expect(reply.status == .ok)
            #expect(reply.body["data"] == .null)
            let message = try #require(reply.body["errors"][0]["message"].string)
            #expect(message.contains("mobileNumber"))
        }
        #expect(await stats.searchPeopleLookups == 0)
        #expect(await stats.creditsUsed == .zero)
    }

    @Test func aWrongArgumentTypeIsRejected() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let literal = try await SandboxWire.graphQL(
                client, "query { searchPeople(input: {limit: \"ten\"}) { totalResults } }")
            #expect(literal.status == .ok)
            #expect(literal.body["errors"].array.count == 1)
            #expect(literal.body["data"] == .null)

            let variable = try await SandboxWire.graphQL(
                client, GuideDocuments.searchPerson, variables: #"{"input":{"limit":"ten"}}"#)
            #expect(variable.status == .ok)
            #expect(variable.body["errors"].array.count == 1)
            #expect(variable.body["data"]["searchPeople"] == .null)
        }
    }

    @Test func anUnknownSeniorityIsRejected() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, GuideDocuments.flatAdvancedSearch,
                variables: #"{"input":{"contactFilter":{"seniorities":["Intern"]}}}"#)
            #expect(reply.body["errors"].array.count == 1)
        }
    }

    @Test func aSyntaxErrorAndABadBodyAreReported() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let syntax = try await SandboxWire.graphQL(client, "query { account { ")
            #expect(syntax.status == .ok)
            #expect(syntax.body["errors"].array.count == 1)

            let notJSON = try await client.execute(
                uri: "/graphql", method: .post,
                headers: [.authorization: "Basic \(SandboxWire.key)"], body: ByteBuffer(string: "query")
            ) { $0.status }
            #expect(notJSON == .badRequest)
        }
    }

    @Test func advancedSearchRefusesAWindowBeyondTenThousand() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, GuideDocuments.flatAdvancedSearch, variables: #"{"input":{"skip":9990,"limit":20}}"#)
            #expect(reply.body["errors"][0]["extensions"]["response"]["status"].int == 400)
            #expect(reply.body["errors"][0]["path"] == .array([.string("flatAdvancedSearch")]))
        }
    }

    @Test func aliasesRunWithTheirOwnVariables() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let document = """
            query Batch($a: SearchPeopleInput!, $b: SearchPeopleInput!) {
              a: searchPeople(input: $a) { totalResults results { id name { fullName } } }
              b: searchPeople(input: $b) { totalResults results { id name { fullName } } }
            }
            """
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, document,
                variables: #"""
                    {"a":{"email":"\#(KnownPeople.ada.email)"},
                     "b":{"firstName":"Grace","lastName":"Hopper","company":{"name":"Compiler Works"}}}
                    """#
            )
            #expect(reply.body["errors"] == .null)
            #expect(reply.body["data"]["a"]["results"][0]["name"]["fullName"].string == "Ada Lovelace")
            #expect(reply.body["data"]["b"]["results"][0]["name"]["fullName"].string == "Grace Hopper")
        }
        #expect(await stats.searchPeopleLookups == 2)
    }
}
