import Foundation
import Testing

@testable import LeadIQ

@Suite struct GraphQLResponseTests {
    static let key = try! APIKey(Data("response-key".utf8).base64EncodedString())
    static let keys = ["lookup0", "lookup1", "lookup2"]

    static func results(_ json: String) throws -> [Result<SearchResult, LeadIQError>?] {
        try GraphQLResponse<SearchResult>.results(of: Data(json.utf8), keys: Self.keys, apiKey: Self.key)
    }

    @Test func errorsAreAttributedByPathAndTheRestKeepTheirData() throws {
        let results = try Self.results(
            """
            {"data": {"lookup0": {"totalResults": 1, "hasMore": false, "results": [{"id": "p0"}]},
                      "lookup1": null,
                      "lookup2": {"totalResults": 0, "hasMore": false, "results": []}},
             "errors": [{"message": "out of credits", "path": ["lookup1", "results", 0],
                         "extensions": {"response": {"status": 402}}}]}
            """
        )
        #expect(try results[0]?.get().results?.first?.id == "p0")
        #expect(throws: LeadIQError.insufficientCredits) { try results[1]?.get() }
        #expect(try results[2]?.get().totalResults == 0)
    }

    @Test func nullPropagatedDataLeavesTheOthersUnanswered() throws {
        let results = try Self.results(
            #"{"data": null, "errors": [{"message": "bad input", "path": ["lookup2"]}]}"#
        )
        #expect(results[0] == nil && results[1] == nil)
        #expect(throws: LeadIQError.graphQL) { try results[2]?.get() }
    }

    @Test(arguments: [(401, LeadIQError.unauthorized), (429, LeadIQError.rateLimited), (503, LeadIQError.server)])
    func requestWideStatusesAreThrownEvenWithAPath(status: Int, expected: LeadIQError) {
        let json =
            #"{"data": null, "errors": [{"message": "no", "path": ["lookup0"], "#
            + #""extensions": {"response": {"status": \#(status)}}}]}"#
        #expect(throws: expected) { try Self.results(json) }
    }

    @Test func anErrorWithoutAPathIsThrown() {
        #expect(throws: LeadIQError.graphQL) {
            try Self.results(#"{"errors": [{"message": "Cannot query field \"spent\" on type \"UniversalPlan\"."}]}"#)
        }
    }

    @Test func serverTextIsRedacted() throws {
        let json =
            #"{"errors": [{"message": "key \#(Self.key.prospectorHeaderValue) revoked", "#
            + #""extensions": {"response": {"status": 401}}}]}"#
        do {
            _ = try Self.results(json)
            Issue.record("expected an error")
        } catch let error as LeadIQError {
            #expect(error == .unauthorized)
            #expect(!"\(error)".contains("response-key"))
        }
    }

    @Test func aBodyThatIsNotGraphQLIsAnInvalidResponse() {
        #expect(throws: LeadIQError.invalidResponse) { try Self.results("<html>502</html>") }
    }
}
