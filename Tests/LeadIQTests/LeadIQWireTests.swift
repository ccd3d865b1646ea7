import Foundation
import LeadIQ
import Sandbox
import Synchronization
import Testing

/// The client against the real sandbox over loopback: every operation and every error class.
@Suite struct LeadIQWireTests {
    static let ada = KnownPeople.ada
    static let grace = KnownPeople.grace

    @Test func accountShowsTheCreditsLeft() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.credits = 500
        let account = try await withSandboxClient(sandbox) { client, _ in try await client.account() }
        #expect(account.universalPlan?.available == 500)
        #expect(account.universalPlan?.used == 0)
        #expect(account.summary.contains("500 available"))
        // The sandbox's plan renews on the first of next month, never on a date already past.
        let renewal = try #require(account.universalPlan?.nextBillingPeriod.flatMap(ISO8601DateFormatter().date(from:)))
        #expect(renewal > Date() && renewal < Date().addingTimeInterval(32 * 86_400))
    }

    @Test func aBatchIsOneAliasedRequestAnsweredPerLookup() async throws {
        let inputs = [
            SearchPeopleInput(email: Self.ada.email),
            SearchPeopleInput(linkedinUrl: Self.grace.linkedinUrl),
            SearchPeopleInput(email: KnownPeople.notFoundEmail),
        ]
        let (results, requests, lookups, sent) = try await withSandboxClient { client, sandbox in
            let results = try await client.searchPeople(inputs, selection: [.profile, .email])
            return (
                results, await sandbox.stats.graphQLRequests, await sandbox.stats.searchPeopleLookups,
                client.statistics().requestsSent
            )
        }
        #expect(requests == 1 && sent == 1)
        #expect(lookups == 3)
        let ada = try results[0].get().results?.first
        #expect(ada?.name?.fullName == "Ada Lovelace")
        #expect(ada?.currentPositions?.first?.emails?.first?.value == Self.ada.email)
        #expect(ada?.currentPositions?.first?.phones == nil)
        #expect(try results[1].get().results?.first?.name?.first == "Grace")
        #expect(try results[2].get().totalResults == 0)
    }

    @Test func theSelectionIsTheBill() async throws {
        let (result, used) = try await withSandboxClient { client, sandbox in
            let result = try await client.searchPeople([SearchPeopleInput(email: Self.ada.email)], selection: .profile)
            return (result, await sandbox.stats.creditsUsed)
        }
        let person = try result[0].get().results?.first
        #expect(person?.currentPositions?.first?.title == "Chief Executive Officer")
        #expect(person?.currentPositions?.first?.emails == nil)
        #expect(used == Credits(tenths: 1))
    }

    @Test func companyPreviewAndAdvancedSearchDecode() async throws {
        try await withSandboxClient { client, _ in
            let company = try await client.searchCompany(SearchCompanyInput(domain: Self.ada.companyDomain))
            #expect(company.results?.first?.name == Self.ada.companyName)
            let preview = try await client.searchPeoplePreview(SearchPeoplePreviewInput(email: Self.ada.email))
            #expect(preview.hasEmail == true)
            let filter = ContactFilter(seniorities: ["Executive"])
            let flat = try await client.flatAdvancedSearch(FlatSearchInput(contactFilter: filter, skip: 0, limit: 5))
            #expect((1...5).contains(flat.people?.count ?? 0))
            #expect(flat.people?.allSatisfy { $0.seniority == "Executive" } == true)
            let grouped = try await client.groupedAdvancedSearch(
                GroupedSearchInput(contactFilter: filter, limit: 3, limitPerCompany: 2)
            )
            #expect((1...3).contains(grouped.companies?.count ?? 0))
            await #expect(throws: LeadIQError.invalidInput) {
                try await client.flatAdvancedSearch(FlatSearchInput(skip: 9_990, limit: 20))
            }
        }
    }

    @Test func aWrongKeyIsUnauthorizedOnBothAPIs() async throws {
        let wrong = Data("not-the-sandbox-key".utf8).base64EncodedString()
        try await withSandboxClient(apiKey: wrong) { client, _ in
            await #expect(throws: LeadIQError.unauthorized) { try await client.account() }
            let rest = await #expect(throws: LeadIQError.unauthorized) { try await client.lists() }
            // The server's message, without Prospector's code word for programs ("unauthorized: …").
            #expect(rest?.detail == "Missing or invalid API key.")
            // Not worth retrying: one request each.
            #expect(client.statistics().requestsSent == 2)
        }
    }

    @Test func insufficientCreditsInsideHTTP200IsTypedPerLookup() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.credits = 1
        try await withSandboxClient(sandbox) { client, _ in
            let first = try await client.searchPeople([SearchPeopleInput(email: Self.ada.email)], selection: .email)
            #expect(throws: Never.self) { try first[0].get() }
            let second = try await client.searchPeople([SearchPeopleInput(email: Self.grace.email)], selection: .email)
            #expect(throws: LeadIQError.insufficientCredits) { try second[0].get() }
            #expect(try await client.account().universalPlan?.available == 0)
        }
    }

    @Test func oneFailingAliasFailsOnlyItsOwnLookup() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.credits = 0
        let inputs = [
            SearchPeopleInput(email: KnownPeople.notFoundEmail),
            SearchPeopleInput(email: Self.ada.email),
            SearchPeopleInput(linkedinUrl: KnownPeople.notFoundLinkedinUrl),
        ]
        let results = try await withSandboxClient(sandbox) { client, _ in
            try await client.searchPeople(inputs, selection: .email)
        }
        #expect(try results[0].get().totalResults == 0)
        #expect(throws: LeadIQError.insufficientCredits) { try results[1].get() }
        #expect(try results[2].get().totalResults == 0)
    }

    /// 30% of answers are 5xx (`failRate`) or dropped connections (`resetRate`); every read still gets through,
    /// on both APIs, and each retry is one more request on the wire.
    @Test(arguments: [\SandboxConfiguration.failRate, \SandboxConfiguration.resetRate])
    func faultsOnReadsAreRetried(_ fault: WritableKeyPath<SandboxConfiguration, Double> & Sendable) async throws {
        var sandbox = SandboxConfiguration()
        sandbox[keyPath: fault] = 0.3
        sandbox.seed = 7
        let statistics = try await withSandboxClient(sandbox) { client, _ in
            for _ in 0..<10 {
                _ = try await client.account()
                _ = try await client.lists()
            }
            return client.statistics()
        }
        #expect(statistics.retries > 0)
        #expect(statistics.requestsSent == 20 + statistics.retries)
    }

    /// Each retry is announced before its wait, with the error and the attempt, so a caller can say why it waits.
    @Test func retriesAreAnnouncedWithTheirErrorAndAttempt() async throws {
        var failing = SandboxConfiguration()
        failing.failRate = 1
        let notices = Mutex<[RetryNotice]>([])
        try await withSandbox(failing) { running in
            var configuration = LeadIQClientConfiguration(
                apiKey: try APIKey(running.apiKey), graphQLURL: running.graphQLURL,
                retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2))
            )
            configuration.retryNotice = { notice in notices.withLock { $0.append(notice) } }
            try await withLeadIQClient(configuration) { client in
                await #expect(throws: LeadIQError.server) { try await client.account() }
            }
        }
        let seen = notices.withLock { $0 }
        #expect(seen.map(\.attempt) == [1, 2])
        #expect(seen.allSatisfy { $0.maxAttempts == 3 && $0.error == .server && $0.wait <= .milliseconds(2) })
    }

    /// A refused connection says so in the system's words; NIO's own text was garbled.
    @Test func aRefusedConnectionIsDescribedPlainly() async throws {
        let configuration = LeadIQClientConfiguration(
            apiKey: try APIKey(SandboxConfiguration.defaultAPIKey), graphQLURL: "http://127.0.0.1:1/graphql",
            retryPolicy: RetryPolicy(maxAttempts: 1), connectTimeout: .milliseconds(200)
        )
        try await withLeadIQClient(configuration) { client in
            let error = await #expect(throws: LeadIQError.transport) { try await client.account() }
            #expect(error?.detail == "http://127.0.0.1:1/graphql: Connection refused")
        }
    }

    /// A write that may have been applied is reported, not sent again: the reset here comes after the list was made.
    @Test func writesAreNotBlindlyRetried() async throws {
        var failing = SandboxConfiguration()
        failing.failRate = 1
        try await withSandboxClient(failing) { client, _ in
            await #expect(throws: LeadIQError.server) { try await client.createList(ListInput(name: "Q3")) }
            #expect(client.statistics().requestsSent == 1)
        }
        var resetting = SandboxConfiguration()
        resetting.resetRate = 1
        try await withSandboxClient(resetting) { client, sandbox in
            let error = await #expect(throws: LeadIQError.transport) {
                try await client.createList(ListInput(name: "Q3"))
            }
            #expect(error?.detail?.hasSuffix("/v1/lists: the connection closed before the answer") == true, "\(error!)")
            #expect(client.statistics().requestsSent == 1)
            #expect(await sandbox.stats.lists.map(\.name) == ["Q3"])
        }
    }

    @Test func pagingThrough250ProspectsReturnsEachOnce() async throws {
        try await withSandboxClient { client, sandbox in
            let list = try await client.createList(ListInput(name: "Paging"))
            let inputs = (0..<250).map {
                ProspectInput(firstName: "First\($0)", lastName: "Last\($0)", workEmail: "p\($0)@example.com")
            }
            for start in stride(from: 0, to: inputs.count, by: 100) {
                let batch = Array(inputs[start..<min(start + 100, inputs.count)])
                let saved = try await client.addProspects(listID: list.id, batch)
                #expect(saved.failed.isEmpty && saved.succeeded.count == batch.count)
            }
            for pageSize in [100, 7] {
                var emails: [String] = []
                for try await prospect in client.allListProspects(listID: list.id, pageSize: pageSize) {
                    emails.append(prospect.workEmail ?? "")
                }
                #expect(emails.count == 250)
                #expect(Set(emails) == Set(inputs.compactMap(\.workEmail)))
            }
            #expect(await sandbox.stats.prospects(inList: list.id).count == 250)
        }
    }

    @Test func prospectorListsAndProspects() async throws {
        try await withSandboxClient { client, sandbox in
            let list = try await client.createList(ListInput(name: "Conference", description: "Booth visitors"))
            #expect(try await client.list(id: list.id) == list)
            #expect(try await client.allLists().map(\.id).contains(list.id))
            await #expect(throws: LeadIQError.conflict) { try await client.createList(ListInput(name: "Conference")) }
            await #expect(throws: LeadIQError.notFound) { try await client.list(id: String(repeating: "0", count: 24)) }

            let input = ProspectInput(
                firstName: "Ada", lastName: "Lovelace", workEmail: "ada+booth@example.com", seniority: .executive,
                linkedinUrl: Self.ada.linkedinUrl, emailStatus: .verified
            )
            let saved = try await client.addProspect(listID: list.id, input)
            #expect(saved.listIds == [list.id])
            #expect(try await client.prospects(.email("ada+booth@example.com")).items.map(\.id) == [saved.id])
            let byName = try await client.prospects(.name(first: "ada", last: "LOVELACE")).items
            #expect(byName.map(\.id) == [saved.id])
            let verification = try await client.verifyEmail(Self.ada.email)
            #expect(["Verified", "VerifiedLikely", "Unverified", "Invalid"].contains(verification.status))

            // Refused before sending: too many, or a prospect LeadIQ's schema rejects.
            let before = await sandbox.stats.restRequests
            let tooMany = Array(repeating: input, count: LeadIQContract.Prospector.maxBatchSize + 1)
            await #expect(throws: LeadIQError.invalidInput) { try await client.addProspects(listID: list.id, tooMany) }
            let invalid = ProspectInput(firstName: "Ada", lastName: "Lovelace", workEmail: "ada@")
            await #expect(throws: LeadIQError.invalidInput) { try await client.addProspect(listID: list.id, invalid) }
            #expect(await sandbox.stats.restRequests == before)
        }
    }

    @Test func requestTracesRedactBothKeys() async throws {
        let log = CapturedLog()
        let key = try await withSandboxClient(logger: log.logger()) { client, sandbox in
            _ = try await client.account()
            _ = try await client.lists()
            return sandbox.apiKey
        }
        let decoded = try APIKey(key).prospectorHeaderValue
        #expect(log.text.contains("/graphql") && log.text.contains("/v1/lists"))
        #expect(log.text.contains("<redacted>"))
        #expect(!log.text.contains(key))
        #expect(!log.text.contains(decoded))
    }
}
