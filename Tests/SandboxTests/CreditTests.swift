import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// Credits follow the published rules: the selection set is the bill, per matched person, nothing for a miss.
@Suite struct CreditTests {
    private static func lookup(_ selection: String) -> String {
        "query($input: SearchPeopleInput!) { searchPeople(input: $input) { totalResults results { \(selection) } } }"
    }

    private static let ada = #"{"input":{"email":"\#(KnownPeople.ada.email)"}}"#

    @Test(arguments: [
        ("name { fullName }", 1),
        ("id", 0),
        ("name { fullName } currentPositions { title emails { value status } }", 10),
        ("currentPositions { workEmail { value } }", 10),
        ("personalEmails { value }", 10),
        ("currentPositions { phones { value } }", 100),
        ("currentPositions { emails { value } phones { value } }", 110),
        ("name { first } currentPositions { companyInfo { id name domain } }", 1),
        ("name { first } currentPositions { companyInfo { industry } }", 31),
        ("currentPositions { emails { value } companyInfo { numberOfEmployees } }", 40),
        ("...on PersonRecord { personalPhones { value } }", 100),
    ])
    func aMatchCostsWhatTheDocumentSelects(selection: String, tenths: Int) async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(client, Self.lookup(selection), variables: Self.ada)
            #expect(reply.body["errors"] == .null)
            #expect(reply.body["data"]["searchPeople"]["totalResults"].int == 1)
        }
        #expect(await stats.creditsUsed == Credits(tenths: tenths))
    }

    @Test func aFragmentSelectingPhonesIsChargedLikeTheInlineSelection() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let document = """
            query($input: SearchPeopleInput!) { searchPeople(input: $input) { results { ...Contact } } }
            fragment Contact on PersonRecord { currentPositions { phones { value } emails { value } } }
            """
        try await application.test(.router) { client in
            _ = try await SandboxWire.graphQL(client, document, variables: Self.ada)
        }
        #expect(await stats.creditsUsed == Credits(whole: 11))
    }

    @Test func missesPreviewsAndAccountAreFree() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let miss = try await SandboxWire.graphQL(
                client, GuideDocuments.searchPerson, variables: #"{"input":{"email":"\#(KnownPeople.notFoundEmail)"}}"#)
            #expect(miss.body["data"]["searchPeople"]["totalResults"].int == 0)
            #expect(miss.body["data"]["searchPeople"]["results"] == .array([]))
            let preview = try await SandboxWire.graphQL(
                client,
                """
                query($input: SearchPeoplePreviewInput!) {
                  searchPeoplePreview(input: $input) { personId hasEmail hasPhone }
                }
                """,
                variables: #"{"input":{"linkedinUrl":"\#(KnownPeople.grace.linkedinUrl)"}}"#
            )
            #expect(preview.body["data"]["searchPeoplePreview"]["hasEmail"] == .bool(true))
            #expect(preview.body["data"]["searchPeoplePreview"]["hasPhone"] == .bool(false))
            _ = try await SandboxWire.graphQL(client, GuideDocuments.account)
        }
        #expect(await stats.creditsUsed == .zero)
    }

    @Test func accountShowsWhatWasSpentInWholeCredits() async throws {
        let (application, _) = try SandboxWire.sandbox { $0.credits = 100 }
        try await application.test(.router) { client in
            _ = try await SandboxWire.graphQL(client, GuideDocuments.searchPerson, variables: Self.ada)
            let account = try await SandboxWire.graphQL(client, GuideDocuments.account)
            // The guide's document selects emails and phones: 11 credits.
            #expect(account.body["data"]["account"]["universalPlan"]["used"].int == 11)
            #expect(account.body["data"]["account"]["universalPlan"]["available"].int == 89)
        }
    }

    /// Published: a data point unlocked in the past year is free to look up again.
    @Test(arguments: [
        // The same selection twice: the second lookup is free.
        ("currentPositions { emails { value } }", "currentPositions { emails { value } }", 10),
        // Phones after emails: only the phone is new, and the profile came with the email.
        ("currentPositions { emails { value } }", "name { fullName } currentPositions { phones { value } }", 110),
        // Emails after the profile: the email is charged in full.
        ("name { fullName }", "currentPositions { emails { value } }", 11),
        // The profile after an email unlock is free.
        ("currentPositions { emails { value } }", "name { fullName }", 10),
        // Firmographics after the person's email: only the company is new.
        ("currentPositions { emails { value } }", "currentPositions { companyInfo { industry } }", 40),
        ("currentPositions { companyInfo { industry } }", "currentPositions { companyInfo { industry } }", 31),
    ])
    func lookingSomeoneUpAgainCostsOnlyWhatWasNotUnlocked(first: String, second: String, tenths: Int) async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            for selection in [first, second] {
                let reply = try await SandboxWire.graphQL(client, Self.lookup(selection), variables: Self.ada)
                #expect(reply.body["data"]["searchPeople"]["totalResults"].int == 1)
            }
        }
        #expect(await stats.creditsUsed == Credits(tenths: tenths))
    }

    @Test func aCompanyUnlockedThroughAPersonIsFreeToSearchAgain() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let person = try await SandboxWire.graphQL(
                client, Self.lookup("currentPositions { companyInfo { id domain industry } }"), variables: Self.ada)
            let company = person.body["data"]["searchPeople"]["results"][0]["currentPositions"][0]["companyInfo"]
            let domain = try #require(company["domain"].string)
            let search = try await SandboxWire.graphQL(
                client,
                "query($input: SearchCompanyInput!) { searchCompany(input: $input) { results { id industry } } }",
                variables: #"{"input":{"domain":"\#(domain)"}}"#
            )
            #expect(search.body["data"]["searchCompany"]["results"][0]["id"] == company["id"])
        }
        // The person's profile and company data; the company search after it is free.
        #expect(await stats.creditsUsed == Credits(tenths: 31))
    }

    @Test func exhaustedCreditsFailOnlyTheAliasThatCannotPay() async throws {
        let (application, stats) = try SandboxWire.sandbox { $0.credits = 12 }
        let document = """
            query Batch($a: SearchPeopleInput!, $b: SearchPeopleInput!) {
              a: searchPeople(input: $a) { results { currentPositions { emails { value } phones { value } } } }
              b: searchPeople(input: $b) { results { currentPositions { emails { value } phones { value } } } }
            }
            """
        try await application.test(.router) { client in
            let reply = try await SandboxWire.graphQL(
                client, document,
                variables: #"{"a":{"email":"\#(KnownPeople.ada.email)"},"b":{"email":"\#(KnownPeople.grace.email)"}}"#
            )
            #expect(reply.status == .ok)
            let errors = reply.body["errors"].array
            try #require(errors.count == 1)
            let paid = reply.body["data"]["a"] == .null ? "b" : "a"
            let refused = paid == "a" ? "b" : "a"
            #expect(errors[0]["path"] == .array([.string(refused)]))
            #expect(errors[0]["extensions"]["response"]["status"].int == 402)
            #expect(reply.body["data"][refused] == .null)
            #expect(reply.body["data"][paid]["results"].array.count == 1)
        }
        #expect(await stats.creditsUsed == Credits(whole: 11))
    }
}
