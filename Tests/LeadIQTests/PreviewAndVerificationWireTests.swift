import Foundation
import LeadIQ
import Sandbox
import Testing

/// `searchPeoplePreview` in batches and `verify-email` against the sandbox: free previews that agree with what
/// `searchPeople` then returns, and verdicts that are the same for every spelling of an address.
@Suite struct PreviewAndVerificationWireTests {
    /// Generated people, found by name and company domain, so some have no work email.
    static let people = (0..<60).map { index in
        SearchPeopleInput(
            firstName: "First\(index)", lastName: "Last\(index)",
            company: CompanyDetails(domain: "company\(index % 7).com")
        )
    }

    static func previewInput(_ input: SearchPeopleInput) -> SearchPeoplePreviewInput {
        SearchPeoplePreviewInput(
            firstName: input.firstName, lastName: input.lastName, companyDomain: input.company?.domain
        )
    }

    @Test func aBatchOfPreviewsIsOneFreeAliasedRequestWithOnlyTheFlagsAskedFor() async throws {
        let inputs = [
            SearchPeoplePreviewInput(email: KnownPeople.ada.email),
            SearchPeoplePreviewInput(linkedinUrl: KnownPeople.grace.linkedinUrl),
            SearchPeoplePreviewInput(email: KnownPeople.notFoundEmail),
        ]
        let (results, requests, credits) = try await withSandboxClient { client, sandbox in
            let results = try await client.searchPeoplePreview(inputs, selection: .phone)
            return (results, await sandbox.stats.graphQLRequests, await sandbox.stats.creditsUsed)
        }
        let previews = try results.map { try $0.get() }
        #expect(requests == 1 && credits == .zero)
        #expect(previews.map(\.hasPhone) == [true, false, false])
        #expect(previews.map(\.hasEmail) == [nil, nil, nil])
        #expect(previews.map(\.personId) == [KnownPeople.ada.record.id, KnownPeople.grace.record.id, nil])
    }

    @Test func aPreviewAgreesWithWhatSearchPeopleReturns() async throws {
        let (previews, people) = try await withSandboxClient { client, _ in
            var previews: [SearchPeoplePreviewResult] = []
            var people: [PersonRecord?] = []
            for start in stride(from: 0, to: Self.people.count, by: 10) {
                let batch = Array(Self.people[start..<start + 10])
                previews += try await client.searchPeoplePreview(
                    batch.map(Self.previewInput), selection: [.email, .phone]
                ).map { try $0.get() }
                people += try await client.searchPeople(batch, selection: [.profile, .email, .phone])
                    .map { try $0.get().results?.first }
            }
            return (previews, people)
        }
        for (preview, person) in zip(previews, people) {
            let emails = (person?.currentPositions ?? []).flatMap { $0.emails ?? [] }
            let phones = (person?.currentPositions ?? []).flatMap { $0.phones ?? [] } + (person?.personalPhones ?? [])
            #expect(preview.personId == person?.id)
            #expect(preview.hasEmail == emails.contains { !["Invalid", "Suppressed"].contains($0.status ?? "") })
            #expect(preview.hasPhone == !phones.isEmpty)
        }
        // The directory is not all-knowing: some people found have no phone, some no work email.
        let found = previews.filter { $0.personId != nil }
        #expect(found.contains { $0.hasPhone == false } && found.contains { $0.hasEmail == false })
        #expect(found.contains { $0.hasPhone == true && $0.hasEmail == true })
    }

    @Test func aPersonWithoutThePhoneSelectedIsStillChargedForTheSelection() async throws {
        // The selection is the bill: a matched person costs what the document selects, so Grace (no phone) costs 10.
        // This is what previewing first saves.
        let credits = try await withSandboxClient { client, sandbox in
            let grace = SearchPeopleInput(email: KnownPeople.grace.email)
            let result = try await client.searchPeople([grace], selection: .phone)
            #expect(try result[0].get().results?.first?.currentPositions?.first?.phones == [])
            return await sandbox.stats.creditsUsed
        }
        #expect(credits == Credits(whole: 10))
    }

    @Test func aVerdictIsTheSameForEverySpellingAndAgreesWithTheDirectory() async throws {
        let (statuses, listed, credits) = try await withSandboxClient { client, sandbox in
            var statuses: [String] = []
            for email in ["Someone@Globex.com", "someone@globex.com", "SOMEONE@GLOBEX.COM"] {
                statuses.append(try await client.verifyEmail(email).status)
            }
            // A generated person's work email verifies with the status searchPeople lists for it.
            let person = try await client.searchPeople(
                [SearchPeopleInput(email: "jo.doe@initech.com")], selection: .email
            )
            let email = try #require(try person[0].get().results?.first?.currentPositions?.first?.emails?.first)
            statuses.append(try await client.verifyEmail("jo.doe@initech.com").status)
            statuses.append(try await client.verifyEmail(KnownPeople.notFoundEmail).status)
            return (statuses, email.status, await sandbox.stats.creditsUsed)
        }
        #expect(Set(statuses.prefix(3)).count == 1)
        #expect(statuses[3] == listed)
        #expect(statuses[4] == "Invalid")
        // Five verifications at a tenth each, and the one email data point.
        #expect(credits == Credits(tenths: 5) + Credits(whole: 1))
    }
}
