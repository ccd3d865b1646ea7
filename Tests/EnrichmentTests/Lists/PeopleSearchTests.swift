import LeadIQ
import RecordIO
import Sandbox
import Testing

@testable import Enrichment

/// Advanced search paging against the in-process sandbox.
@Suite struct PeopleSearchTests {
    static let salesLeaders = ContactFilter(
        seniorities: ["VP", "Director"], roles: ["Sales"],
        locations: [LocationFilter(areaLevel1: "New Hampshire", country: "United States")]
    )

    @Test func pagesBeyondOnePageUpToMax() async throws {
        try await withListSandbox { client, sandbox in
            let total = try await client.flatAdvancedSearch(
                FlatSearchInput(contactFilter: Self.salesLeaders, limit: 1)
            )
            .totalPeople
            let expected = min(150, Int(try #require(total)))
            var rows: [Record] = []
            let search = PeopleSearch(
                contactFilter: Self.salesLeaders, companyFilter: nil, maxPeople: 150, pageSize: 40)
            let requests = try await search.run(client: client) { rows.append($0) }
            #expect(rows.count == expected)
            #expect(requests == (expected + 39) / 40)
            #expect(
                Set(rows.map { $0[PeopleSearch.idField] }).count == expected, "no person twice across pages")
            #expect(
                rows.allSatisfy {
                    ["VP", "Director"].contains($0["seniority"]) && $0["state"] == "New Hampshire"
                })
            #expect(await sandbox.stats.graphQLRequests == requests + 1)
            #expect(await sandbox.stats.creditsUsed == Credits(tenths: 0), "advanced search is free")
        }
    }

    @Test func stopsAtTheLastResult() async throws {
        try await withListSandbox { client, _ in
            let filter = ContactFilter(roles: ["Engineering"])
            let total = Int(
                try #require(
                    try await client.flatAdvancedSearch(FlatSearchInput(contactFilter: filter, limit: 1))
                        .totalPeople
                ))
            var count = 0
            let search = PeopleSearch(contactFilter: filter, companyFilter: nil, maxPeople: 10_000)
            let requests = try await search.run(client: client) { _ in count += 1 }
            #expect(count == total)
            #expect(requests == (total + 99) / 100)
        }
    }

    @Test func groupedSearchGivesEachPersonTheirCompanyColumns() async throws {
        try await withListSandbox { client, _ in
            var rows: [Record] = []
            let search = PeopleSearch(
                contactFilter: nil, companyFilter: CompanyFilter(industries: ["Software"]), maxPeople: 30,
                grouped: true, pageSize: 4
            )
            try await search.run(client: client) { rows.append($0) }
            #expect(rows.count == 30)
            #expect(
                rows.allSatisfy { !($0["company_name"] ?? "").isEmpty && !($0["company_id"] ?? "").isEmpty }
            )
        }
    }

    @Test func foundPeopleGoToAListWithTheirPersonIDAndNoCreditsCharged() async throws {
        try await withListSandbox { client, sandbox in
            var rows: [Record] = []
            try await PeopleSearch(contactFilter: Self.salesLeaders, companyFilter: nil, maxPeople: 10)
                .run(client: client) { rows.append($0) }
            let (list, written, summary) = try await push(rows, to: "NH Sales Leaders", client: client)
            #expect(summary.added == 10)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.map(\.personId) == rows.map { $0[PeopleSearch.idField] })
            #expect(saved.map(\.seniority) == rows.map { $0["seniority"] })
            #expect(written.map { $0[ListPush.prospectIDField] } == saved.map(\.id))
            #expect(await sandbox.stats.creditsUsed == Credits(tenths: 0))
        }
    }
}
