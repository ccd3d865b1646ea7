import Foundation
import Testing

@testable import LeadIQ

@Suite struct GraphQLDocumentsTests {
    static func query(_ selection: FieldSelection) -> String {
        GraphQLDocuments.searchPeople([SearchPeopleInput(email: "a@example.com")], selection: selection).query
    }

    @Test func profileSelectsNoContactDataAndNoFirmographics() {
        let query = Self.query(.profile)
        #expect(query.contains("name { first last fullName }"))
        #expect(query.contains("companyInfo { id name domain }"))
        for billed in ["emails", "phones", "personalPhones", "industry", "numberOfEmployees", "fundingInfo"] {
            #expect(!query.contains(billed), "profile selected \(billed)")
        }
    }

    @Test func emailAloneSelectsOnlyWorkEmails() {
        let query = Self.query(.email)
        let expected =
            "query SearchPeople($input: SearchPeopleInput!) { searchPeople(input: $input) { totalResults hasMore "
            + "results { id currentPositions { companyId emails { value type status } } } } }"
        #expect(query == expected)
    }

    @Test func aPreviewSelectsOnlyTheFlagsForTheSelectedContactData() {
        let one = [SearchPeoplePreviewInput(email: "a@example.com")]
        #expect(
            GraphQLDocuments.searchPeoplePreview(one, selection: [.profile, .phone]).query
                == "query SearchPeoplePreview($input: SearchPeoplePreviewInput!) { "
                + "searchPeoplePreview(input: $input) { personId hasPhone } }"
        )
        let neither = GraphQLDocuments.searchPeoplePreview(one, selection: .profile)
        #expect(neither.query.contains("personId hasEmail hasPhone"))
        let two = GraphQLDocuments.searchPeoplePreview(one + one, selection: .email)
        #expect(two.responseKeys == ["lookup0", "lookup1"])
        #expect(two.query.contains("lookup1: searchPeoplePreview(input: $input1) { personId hasEmail }"))
    }

    @Test func phoneSelectsWorkAndPersonalPhones() {
        let query = Self.query(.phone)
        #expect(query.contains("phones { value type status verificationStatus }"))
        #expect(query.contains("personalPhones { value type status verificationStatus }"))
        #expect(!query.contains("emails"))
    }

    @Test func firmographicsOnlyWithCompany() {
        #expect(!Self.query([.profile, .email, .phone]).contains("numberOfEmployees"))
        let query = Self.query([.profile, .company])
        #expect(query.contains("numberOfEmployees"))
        // Profile and company both need companyInfo; it is selected once, holding both sets of fields.
        #expect(query.components(separatedBy: "companyInfo").count == 2)
        #expect(query.components(separatedBy: "currentPositions").count == 2)
    }

    @Test func batchAliasesEachLookupWithItsOwnVariable() throws {
        let inputs = (0..<3).map { SearchPeopleInput(email: "p\($0)@example.com") }
        let request = GraphQLDocuments.searchPeople(inputs, selection: .email)
        #expect(request.responseKeys == ["lookup0", "lookup1", "lookup2"])
        #expect(request.query.hasPrefix("query SearchPeople($input0: SearchPeopleInput!, $input1: SearchPeopleInput!"))
        #expect(request.query.contains("lookup2: searchPeople(input: $input2)"))
        let body = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any]
        let variables = try #require(body?["variables"] as? [String: [String: String]])
        #expect(
            variables == [
                "input0": ["email": "p0@example.com"], "input1": ["email": "p1@example.com"],
                "input2": ["email": "p2@example.com"],
            ])
        #expect(body?["operationName"] as? String == "SearchPeople")
    }

    @Test func accountSendsNoVariables() throws {
        let body = try JSONSerialization.jsonObject(with: JSONEncoder().encode(GraphQLDocuments.account()))
        #expect((body as? [String: Any])?.keys.sorted() == ["operationName", "query"])
    }
}
