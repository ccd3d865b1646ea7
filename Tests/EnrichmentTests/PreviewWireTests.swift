import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Testing

@testable import Enrichment

/// `--preview` through the real client against the in-process sandbox: what the free preview lets through, what it
/// saves, and what the dry run says it saves.
@Suite struct PreviewWireTests {
    static let ada = KnownPeople.ada
    /// Grace has a work email and no phone.
    static let grace = KnownPeople.grace

    /// Ada (email), Grace (LinkedIn URL, then by name and company), nobody, and Grace's LinkedIn URL again.
    static let rows: [[String]] = [
        [ada.email, "", "", "", ""],
        ["", grace.linkedinUrl, "", "", ""],
        ["", "", grace.firstName, grace.lastName, grace.companyDomain],
        [KnownPeople.notFoundEmail, "", "", "", ""],
        ["", grace.linkedinUrl + "/", "", "", ""],
    ]

    static func records(_ rows: [[String]] = Self.rows) -> [Record] {
        rows.enumerated().map { index, values in
            Record(
                names: ["email", "linkedin", "first", "last", "domain"], values: values,
                position: SourcePosition(file: "in.csv", line: index + 2, index: index)
            )
        }
    }

    static func configuration(selection: FieldSelection, maxCredits: Credits? = nil) -> EnrichmentConfiguration {
        EnrichmentConfiguration(
            mapping: FieldMapping(columns: [
                .email: "email", .linkedinURL: "linkedin", .firstName: "first", .lastName: "last",
                .companyDomain: "domain",
            ]),
            selection: selection,
            concurrency: 1,
            batchSize: 10,
            maxCredits: maxCredits
        )
    }

    /// Runs `body` with a client on a fresh sandbox; returns its result and the credits the sandbox charged.
    func withClient<T: Sendable>(
        _ sandboxConfiguration: SandboxConfiguration = SandboxConfiguration(),
        _ body: @escaping @Sendable (LeadIQClient, RunningSandbox) async throws -> T
    ) async throws -> (T, Credits) {
        try await withListSandbox(sandboxConfiguration) { client, sandbox in
            (try await body(client, sandbox), await sandbox.stats.creditsUsed)
        }
    }

    func run(
        selection: FieldSelection, preview: Bool, maxCredits: Credits? = nil, rows: [[String]] = Self.rows
    ) async throws -> (records: [Record], summary: EnrichmentSummary, credits: Credits) {
        let ((records, summary), credits) = try await self.withClient { client, _ in
            let leadIQ = LeadIQLookupService(client: client)
            let service: any LookupService =
                preview ? PreviewingLookupService(previewer: LookupPreviewer(client: client), upstream: leadIQ) : leadIQ
            let writer = MemoryRecordWriter()
            let summary = try await EnrichmentPipeline(
                service: service, configuration: Self.configuration(selection: selection, maxCredits: maxCredits)
            ).run(reader: ArrayRecordReader(records: Self.records(rows)), writer: writer)
            return (writer.records, summary)
        }
        return (records, summary, credits)
    }

    @Test func oneAliasedPreviewAnswersEveryPersonLookupAPreviewCanExpress() async throws {
        let lookups: [Lookup] = [
            .person(SearchPeopleInput(email: Self.ada.email)),
            .person(SearchPeopleInput(linkedinUrl: Self.grace.linkedinUrl)),
            .person(
                SearchPeopleInput(
                    firstName: "Grace", lastName: "Hopper", company: CompanyDetails(name: Self.grace.companyName)
                )
            ),
            .person(SearchPeopleInput(email: KnownPeople.notFoundEmail)),
            .person(SearchPeopleInput(id: Self.ada.record.id)),
            .company(SearchCompanyInput(domain: Self.ada.companyDomain)),
        ]
        let ((phone, email, profile, requests), credits) = try await self.withClient { client, sandbox in
            let previewer = LookupPreviewer(client: client)
            let phone = try await previewer.preview(lookups, selection: [.profile, .phone])
            let email = try await previewer.preview(lookups, selection: [.email])
            let profile = try await previewer.preview(lookups, selection: [.profile, .company])
            return (phone, email, profile, await sandbox.stats.graphQLRequests)
        }
        #expect(
            phone == [
                .worthLookingUp, .empty(matched: true), .empty(matched: true), .empty(matched: false),
                .notPreviewable, .notPreviewable,
            ]
        )
        #expect(email.prefix(4) == [.worthLookingUp, .worthLookingUp, .worthLookingUp, .empty(matched: false)])
        #expect(profile == Array(repeating: .notPreviewable, count: 6))
        // One request per preview that had something to ask; previews are free.
        #expect(requests == 2 && credits == .zero)
    }

    @Test func previewedEmptyPeopleAreSkippedAndWhatTheyWouldCostIsSaved() async throws {
        let plain = try await self.run(selection: .phone, preview: false)
        let previewed = try await self.run(selection: .phone, preview: true)

        #expect(plain.records.map { $0["leadiq_status"] } == ["matched", "matched", "matched", "not_found", "matched"])
        #expect(previewed.records.map { $0["leadiq_status"] } == statuses(("matched", 1), ("skipped", 4)))
        #expect(previewed.records.dropFirst().allSatisfy { $0["leadiq_reason"] == "preview_empty" })
        #expect(previewed.summary.previewedEmpty == 3)
        // Grace matches twice (LinkedIn URL, name and company) and pays 10 credits once, as a data point unlocked
        // before is free; nobody costs nothing either way.
        #expect(plain.credits == Credits(whole: 20) && previewed.credits == Credits(whole: 10))
        #expect(previewed.summary.creditsEstimated == previewed.credits)
    }

    @Test func aFailedPreviewFailsItsRowsInsteadOfPayingBlind() async throws {
        var failing = SandboxConfiguration()
        failing.failRate = 1
        let ((outcomes, previewAttempts, lookUpAttempts), _) = try await self.withClient(failing) { client, _ in
            let previewer = LookupPreviewer(client: client)
            let service = PreviewingLookupService(previewer: previewer, upstream: LeadIQLookupService(client: client))
            let ada = Lookup.person(SearchPeopleInput(email: Self.ada.email))
            _ = try await previewer.preview([ada], selection: .phone)
            let previewAttempts = client.statistics().requestsSent
            let answer = try await service.lookUp([ada], selection: .phone)
            return (answer.outcomes, previewAttempts, client.statistics().requestsSent - previewAttempts)
        }
        guard case .failed(let reason) = outcomes.first else {
            Issue.record("a lookup whose preview failed was answered \(outcomes)")
            return
        }
        #expect(reason.contains("500"))
        // The preview's attempts, and no searchPeople after them.
        #expect(lookUpAttempts == previewAttempts)
    }

    @Test func anEmptyPreviewHandsItsReservedCreditsBack() async throws {
        // Grace's two lookups come first and reserve 10 credits each: unless the preview hands them back, Ada's does
        // not fit in the budget.
        let graceFirst = Array(Self.rows[1...2] + Self.rows[0...0])
        let run = try await self.run(selection: .phone, preview: true, maxCredits: Credits(whole: 10), rows: graceFirst)
        #expect(run.records.map { $0["leadiq_reason"] } == ["preview_empty", "preview_empty", ""])
        #expect(run.records[2]["leadiq_status"] == "matched")
        #expect(!run.summary.budgetExhausted && run.credits == Credits(whole: 10))
    }

    @Test func theDryRunsSavingBoundsWhatPreviewingSaves() async throws {
        let (estimate, credits) = try await self.withClient { client, _ in
            try await DryRunEstimate(
                reader: ArrayRecordReader(records: Self.records()),
                configuration: Self.configuration(selection: .phone),
                previewer: LookupPreviewer(client: client)
            )
        }
        let preview = try #require(estimate.preview)
        #expect(preview.previewed == 4 && preview.empty == 3 && preview.unmatched == 1 && preview.failed == 0)
        #expect(preview.creditsSaved == Credits(whole: 20))
        #expect(estimate.personLookups == 4 && estimate.duplicates == 1 && credits == .zero)

        // The forecast counts Grace's two lookups at 10 credits each; without the preview she is found twice but
        // charged once, so previewing saves 10 of the 20 forecast.
        let plain = try await self.run(selection: .phone, preview: false)
        let previewed = try await self.run(selection: .phone, preview: true)
        #expect(plain.credits - previewed.credits == Credits(whole: 10))
    }

    @Test func whatTheCacheAnswersIsNeitherPreviewedNorCounted() async throws {
        let cached = Lookup.person(SearchPeopleInput(linkedinUrl: Self.grace.linkedinUrl))
        let (estimate, _) = try await self.withClient { client, _ in
            try await DryRunEstimate(
                reader: ArrayRecordReader(records: Self.records()),
                configuration: Self.configuration(selection: .phone),
                answered: { $0 == cached },
                previewer: LookupPreviewer(client: client)
            )
        }
        #expect(estimate.alreadyAnswered == 1 && estimate.maximumCredits == Credits(whole: 30))
        #expect(estimate.preview?.previewed == 3 && estimate.preview?.creditsSaved == Credits(whole: 10))
    }
}
