import Foundation
import GraphQL
import Testing

@testable import LeadIQ

/// Every document the client can build validates against the project's copy of LeadIQ's schema.
@Suite struct GraphQLContractTests {
    static let schema = Result { try buildSchema(source: LeadIQSchema.sdl) }

    static let allSelections: [FieldSelection] = (1..<16).map { FieldSelection(rawValue: $0) }

    /// Every operation; every selection for `searchPeople` and `searchPeoplePreview` (as `enrich --preview` sends
    /// it), in batches of 1 and 10.
    static var documents: [(String, String)] {
        var documents: [(String, String)] = [
            ("account", GraphQLDocuments.account().query),
            ("searchCompany", GraphQLDocuments.searchCompany(SearchCompanyInput(domain: "example.com")).query),
            ("flatAdvancedSearch", GraphQLDocuments.flatAdvancedSearch(FlatSearchInput()).query),
            ("groupedAdvancedSearch", GraphQLDocuments.groupedAdvancedSearch(GroupedSearchInput()).query),
        ]
        for selection in allSelections {
            for count in [1, 10] {
                let inputs = Array(repeating: SearchPeopleInput(email: "a@example.com"), count: count)
                let query = GraphQLDocuments.searchPeople(inputs, selection: selection).query
                documents.append(("searchPeople \(selection.rawValue) x\(count)", query))
                let previews = Array(repeating: SearchPeoplePreviewInput(email: "a@example.com"), count: count)
                let preview = GraphQLDocuments.searchPeoplePreview(previews, selection: selection).query
                documents.append(("searchPeoplePreview \(selection.rawValue) x\(count)", preview))
            }
        }
        return documents
    }

    @Test func schemaFileBuilds() throws {
        let schema = try Self.schema.get()
        #expect(validateSchema(schema: schema).isEmpty)
    }

    @Test func everyGeneratedDocumentValidates() throws {
        let schema = try Self.schema.get()
        let documents = Self.documents
        #expect(documents.count == 4 + 15 * 2 * 2)
        for (name, query) in documents {
            let errors = validate(schema: schema, ast: try parse(source: query))
            #expect(errors.isEmpty, "\(name): \(errors.map(\.message))")
        }
    }

    @Test func validationCatchesAFieldLeadIQDoesNotHave() throws {
        let query = GraphQLDocuments.account().query.replacingOccurrences(of: "used", with: "spent")
        #expect(!validate(schema: try Self.schema.get(), ast: try parse(source: query)).isEmpty)
    }

    /// The variables the models encode are accepted by the schema's input types (names, nesting, enum values).
    @Test func everyInputModelCoercesToItsSchemaType() async throws {
        let schema = try Self.schema.get()
        let company = CompanyFilter(
            ids: ["c1"], names: ["Acme"], domains: ["acme.com"], industries: ["Software"],
            sizes: [CompanySizeFilter(min: 10, max: 50)], locations: [LocationFilter(city: "Austin", country: "US")]
        )
        let contact = ContactFilter(
            ids: ["p1"], names: ["Ada"], titles: ["CTO"], seniorities: ["VP", "Executive"], roles: ["Engineering"],
            locations: [LocationFilter(areaLevel1: "TX", postalCode: "78701")]
        )
        let people = SearchPeopleInput(
            id: "p1", firstName: "Ada", lastName: "Lovelace", fullName: "Ada Lovelace",
            company: CompanyDetails(companyId: "c1", name: "Acme", domain: "acme.com", linkedinId: "acme"),
            linkedinUrl: "https://www.linkedin.com/in/ada", email: "ada@acme.com", skip: 0, limit: 1
        )
        let requests: [(String, Data)] = [
            (
                "searchPeople",
                try JSONEncoder().encode(GraphQLDocuments.searchPeople([people, people], selection: .email))
            ),
            (
                "searchCompany",
                try JSONEncoder().encode(
                    GraphQLDocuments.searchCompany(
                        SearchCompanyInput(
                            id: "c1", name: "Acme", domain: "acme.com", linkedinId: "acme",
                            linkedinUrl: "https://www.linkedin.com/company/acme")))
            ),
            (
                "searchPeoplePreview",
                try JSONEncoder().encode(
                    GraphQLDocuments.searchPeoplePreview(
                        [
                            SearchPeoplePreviewInput(
                                linkedinUrl: "https://www.linkedin.com/in/ada", email: "ada@acme.com",
                                fullName: "Ada Lovelace", firstName: "Ada", lastName: "Lovelace",
                                companyName: "Acme", companyDomain: "acme.com"),
                            SearchPeoplePreviewInput(firstName: "Ada", lastName: "Lovelace", companyDomain: "acme.com"),
                        ],
                        selection: .phone))
            ),
            (
                "flatAdvancedSearch",
                try JSONEncoder().encode(
                    GraphQLDocuments.flatAdvancedSearch(
                        FlatSearchInput(companyFilter: company, contactFilter: contact, skip: 0, limit: 10)))
            ),
            (
                "groupedAdvancedSearch",
                try JSONEncoder().encode(
                    GraphQLDocuments.groupedAdvancedSearch(
                        GroupedSearchInput(
                            companyFilter: company, contactFilter: contact, skip: 0, limit: 10,
                            limitPerCompany: 2)))
            ),
        ]
        struct Body: Decodable {
            var query: String
            var variables: [String: Map]
        }
        for (name, data) in requests {
            let body = try JSONDecoder().decode(Body.self, from: data)
            let result = try await graphql(schema: schema, request: body.query, variableValues: body.variables)
            // No resolvers run here, so non-null roots fail; variable coercion errors come before execution.
            let coercionErrors = result.errors.map(\.message).filter { $0.contains("Variable") }
            #expect(coercionErrors.isEmpty, "\(name): \(coercionErrors)")
            #expect(!result.errors.isEmpty, "\(name) executed without resolvers, so the check did not run")
        }
    }
}
