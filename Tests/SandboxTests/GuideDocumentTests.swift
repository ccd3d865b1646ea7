import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// The guide's own documents, sent unchanged, answer as LeadIQ would.
@Suite struct GuideDocumentTests {
    @Test func accountReportsTheUniversalPlan() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.credits = 500 }
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(client, GuideDocuments.account)
            #expect(reply.status == .ok)
            #expect(reply.body["errors"] == .null)
            let account = reply.body["data"]["account"]
            #expect(account["universalPlan"]["available"].int == 500)
            #expect(account["universalPlan"]["used"].int == 0)
            #expect(account["universalPlan"]["product"].string == "Universal")
            #expect(account["plans"][0]["status"].string == "Active")
            #expect(account["dataHubPlan"] == .null)
        }
    }

    @Test func searchPersonReturnsAKnownPersonExactly() async throws {
        let (application, _) = try SandboxWire.sandbox()
        let ada = KnownPeople.ada
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client,
                GuideDocuments.searchPerson,
                variables: #"{"input":{"linkedinUrl":"\#(ada.linkedinUrl)"}}"#
            )
            #expect(reply.status == .ok)
            #expect(reply.body["errors"] == .null)
            let result = reply.body["data"]["searchPeople"]
            #expect(result["totalResults"].int == 1)
            #expect(result["hasMore"] == .bool(false))
            let person = result["results"][0]
            #expect(person["id"].string == ada.record.id)
            #expect(person["name"]["fullName"].string == "Ada Lovelace")
            let position = person["currentPositions"][0]
            #expect(position["title"].string == "Chief Executive Officer")
            #expect(position["companyInfo"]["domain"].string == "analyticalengines.com")
            #expect(position["emails"].array.map { $0["status"].string } == ["Verified", "Invalid"])
            #expect(position["phones"][0]["value"].string == "+1 415 555 0100")
            #expect(position["phones"][0]["verificationStatus"].string == "LikelyAccurate")
            #expect(person["linkedin"]["linkedinUrl"].string == ada.linkedinUrl)
            #expect(position.keys == ["title", "seniority", "function", "companyInfo", "emails", "phones"])
        }
    }

    @Test func flatAdvancedSearchPagesThroughAStablePopulation() async throws {
        let (application, _) = try SandboxWire.sandbox()
        let filter = """
            "contactFilter":{"roles":["Engineering"],"seniorities":["VP","Director"],
            "locations":[{"country":"United States"}]}
            """
        try await application.test(.router) { client in
            let first = try await SandboxWire.graphQL(
                client, GuideDocuments.flatAdvancedSearch, variables: #"{"input":{\#(filter),"limit":5,"skip":0}}"#)
            let second = try await SandboxWire.graphQL(
                client, GuideDocuments.flatAdvancedSearch, variables: #"{"input":{\#(filter),"limit":5,"skip":5}}"#)
            let again = try await SandboxWire.graphQL(
                client, GuideDocuments.flatAdvancedSearch, variables: #"{"input":{\#(filter),"limit":5,"skip":0}}"#)
            #expect(first.body["errors"] == .null)
            let total = try #require(first.body["data"]["flatAdvancedSearch"]["totalPeople"].int)
            #expect(total >= 40)
            #expect(second.body["data"]["flatAdvancedSearch"]["totalPeople"].int == total)
            let firstIDs = first.body["data"]["flatAdvancedSearch"]["people"].array.compactMap { $0["id"].string }
            let secondIDs = second.body["data"]["flatAdvancedSearch"]["people"].array.compactMap { $0["id"].string }
            #expect(firstIDs.count == 5)
            #expect(secondIDs.count == 5)
            #expect(Set(firstIDs).isDisjoint(with: secondIDs))
            #expect(again.body == first.body)
        }
    }

    @Test func flatAdvancedSearchPeopleSatisfyTheContactFilter() async throws {
        let (application, _) = try SandboxWire.sandbox()
        let document = """
            query Filtered($input: FlatSearchInput!) {
              flatAdvancedSearch(input: $input) { people { role seniority country } }
            }
            """
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, document,
                variables: #"""
                    {"input":{"contactFilter":{"roles":["Engineering"],"seniorities":["VP","Director"],
                    "locations":[{"country":"Canada"}]},"limit":4}}
                    """#
            )
            let people = reply.body["data"]["flatAdvancedSearch"]["people"].array
            #expect(people.count == 4)
            for person in people {
                #expect(person["role"].string == "Engineering")
                #expect(["VP", "Director"].contains(person["seniority"].string))
                #expect(person["country"].string == "Canada")
            }
        }
    }

    @Test func groupedSearchGroupsPeopleUnderTheirCompanies() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client,
                GuideDocuments.groupedSearch,
                variables: #"{"input":{"companyFilter":{"domains":["globex.com"]},"limit":2,"limitPerCompany":2}}"#
            )
            #expect(reply.body["errors"] == .null)
            let companies = reply.body["data"]["groupedAdvancedSearch"]["companies"].array
            #expect(companies.count == 2)
            for company in companies {
                #expect(company["company"]["domain"].string == "globex.com")
                #expect(company["people"].array.count <= 2)
                #expect(company["people"][0]["linkedinUrl"].string?.hasPrefix("https://www.linkedin.com/in/") == true)
                #expect((company["totalContactsInCompany"].int ?? 0) >= company["people"].array.count)
            }
        }
    }

    @Test func searchCompanyFindsAKnownCompanyByDomain() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, GuideDocuments.searchCompany, variables: #"{"input":{"domain":"WWW.CompilerWorks.io"}}"#)
            #expect(reply.body["errors"] == .null)
            let company = reply.body["data"]["searchCompany"]["results"][0]
            #expect(company["name"].string == "Compiler Works")
            #expect(company["numberOfEmployees"].int == 45)
            #expect(company["locationInfo"]["areaLevel1"].string == "Virginia")
            #expect(company["fundingInfo"]["fundingTotalUsd"].int == 3_500_000)
            #expect(company["technologies"][0]["name"].string == "COBOL")
        }
    }
}
