import Foundation
import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

@Suite struct CostControlTests {
    /// Every address containing `nobody` is not found; everyone else matches.
    private static let someNotFound: ScriptedLookupService.Answer = { lookup in
        if case .person(let input) = lookup, input.email?.contains("nobody") == true {
            return .notFound
        }
        return ScriptedLookupService.matchEveryone(lookup)
    }

    @Test func stopsSendingBeforeTheBudgetWouldBeExceeded() async throws {
        let service = ScriptedLookupService(yields: { _ in 10 })
        let (writer, summary) = try await enrich(
            emailRecords(distinctEmails(20)),
            service: service,
            configuration: emailConfiguration(concurrency: 3, maxCredits: Credits(tenths: 55))
        )
        // One credit per email lookup: five fit in 5.5 credits, the sixth would not.
        #expect(service.lookups.count == 5)
        #expect(
            writer.column("leadiq_status") == statuses(("matched", 5), ("skipped", 15))
        )
        #expect(Set(writer.column("leadiq_reason").dropFirst(5)) == ["budget"])
        #expect(summary.budgetExhausted && summary.creditsEstimated == Credits(whole: 5))
    }

    /// A person lookup that no longer fits does not stop the run: a company lookup after it that costs less still
    /// goes. It used to be skipped with the rest, leaving credits of the budget unspent.
    @Test func aCheaperLookupAfterOneThatDoesNotFitStillGoes() async throws {
        let selection: FieldSelection = [.profile, .email, .company]
        let person = Lookup.person(SearchPeopleInput(email: "a@x.co")).maximumCost(selection: selection)
        let company = Lookup.company(SearchCompanyInput(name: "Globex")).maximumCost(selection: selection)
        #expect(company < person)
        let rows = [["p0", "a@x.co", ""], ["p1", "b@x.co", ""], ["c0", "", "Globex"]]
        let records = rows.enumerated().map { index, row in
            Record(
                names: ["id", "email", "company"], values: row,
                position: SourcePosition(file: "in.csv", line: index + 2, index: index))
        }
        let service = ScriptedLookupService()
        let (writer, summary) = try await enrich(
            records, service: service,
            configuration: EnrichmentConfiguration(
                mapping: FieldMapping(columns: [.email: "email", .companyName: "company"]), selection: selection,
                concurrency: 1, maxCredits: person + company
            )
        )
        #expect(writer.column("leadiq_status") == ["matched", "skipped", "matched"])
        #expect(writer.column("leadiq_reason") == ["", "budget", ""])
        #expect(service.lookups.count == 2 && summary.budgetExhausted)
    }

    /// Enriches fifteen addresses with `budget` after an earlier run stored answers for the first ten in a store
    /// that is prepaid (the cache) or not (the journal); returns the output, the summary and the lookups sent then.
    private func enrichAfterTenStored(
        prepaid: Bool, budget: Credits
    ) async throws -> (MemoryRecordWriter, EnrichmentSummary, sent: Int) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadiq-cost-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: path) }
        let upstream = ScriptedLookupService()
        let scope = StoredLookupService.Scope(store: try OutcomeStore(path: path.path), name: "s", isPrepaid: prepaid)
        let service = StoredLookupService(upstream: upstream, scopes: [scope], namespace: "n")
        let emails = distinctEmails(15)
        _ = try await enrich(
            emailRecords(Array(emails.prefix(10))), service: service, configuration: emailConfiguration()
        )
        let (writer, summary) = try await enrich(
            emailRecords(emails),
            service: service,
            configuration: emailConfiguration(concurrency: 3, maxCredits: budget)
        )
        return (writer, summary, upstream.lookups.count - 10)
    }

    @Test func cachedAnswersLeaveTheBudgetToLookupsLeadIQCharges() async throws {
        let (writer, summary, sent) = try await self.enrichAfterTenStored(prepaid: true, budget: Credits(whole: 2))

        // The ten cached answers cost nothing; the two credits go to the first two of the five new addresses.
        #expect(sent == 2)
        #expect(
            writer.column("leadiq_status") == statuses(("matched", 12), ("skipped", 3))
        )
        #expect(Set(writer.column("leadiq_reason").dropFirst(12)) == ["budget"])
        #expect(summary.creditsEstimated == Credits(whole: 2))
    }

    @Test func aResumedRunCountsItsJournalsAnswersAgainstTheBudget() async throws {
        let (writer, summary, sent) = try await self.enrichAfterTenStored(prepaid: false, budget: Credits(whole: 12))

        // The interrupted attempt spent ten of the job's twelve credits: two are left for the new addresses.
        #expect(sent == 2)
        #expect(writer.column("leadiq_status").filter { $0 == "skipped" }.count == 3)
        #expect(summary.creditsEstimated == Credits(whole: 12))
    }

    @Test func aBudgetTooSmallForOneLookupStillGetsWhatTheCacheHolds() async throws {
        let (writer, summary, sent) = try await self.enrichAfterTenStored(prepaid: true, budget: .zero)

        #expect(sent == 0)
        #expect(
            writer.column("leadiq_status") == statuses(("matched", 10), ("skipped", 5))
        )
        #expect(Set(writer.column("leadiq_reason").dropFirst(10)) == ["budget"])
        #expect(summary.budgetExhausted && summary.creditsEstimated == .zero)
    }

    @Test func aResumedRunUsesEveryJournaledAnswerEvenPastASmallerBudget() async throws {
        let (writer, summary, sent) = try await self.enrichAfterTenStored(prepaid: false, budget: Credits(whole: 4))

        // The interrupted attempt already spent ten credits, more than the four this run allows: its answers are all
        // used and counted, and nothing new is sent.
        #expect(sent == 0)
        #expect(
            writer.column("leadiq_status") == statuses(("matched", 10), ("skipped", 5))
        )
        #expect(summary.budgetExhausted && summary.creditsEstimated == Credits(whole: 10))
    }

    @Test func afterLeadIQRunsOutOfCreditsStoredAnswersStillReachTheirRows() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadiq-cost-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: path) }
        let store = try OutcomeStore(path: path.path)
        func service(_ upstream: ScriptedLookupService) -> StoredLookupService {
            StoredLookupService(
                upstream: upstream, scopes: [.init(store: store, name: "cache", isPrepaid: true)], namespace: "n")
        }
        let emails = distinctEmails(15)
        _ = try await enrich(
            emailRecords(Array(emails.suffix(5))), service: service(ScriptedLookupService()),
            configuration: emailConfiguration()
        )
        let refusing = ScriptedLookupService(fatal: { _ in .insufficientCredits })
        let (writer, summary) = try await enrich(
            emailRecords(emails), service: service(refusing), configuration: emailConfiguration(concurrency: 1)
        )

        #expect(refusing.lookups.count == 1)
        #expect(
            writer.column("leadiq_status") == statuses(("failed", 10), ("matched", 5))
        )
        #expect(Set(writer.column("leadiq_reason").prefix(10)) == ["insufficient_credits"])
        #expect(summary.insufficientCredits && writer.isFinished)
    }

    @Test func notFoundLookupsHandTheirReservationBack() async throws {
        let emails = ["nobody1@acme.com", "nobody2@acme.com", "nobody3@acme.com"] + distinctEmails(10)
        let service = ScriptedLookupService(answer: Self.someNotFound)
        let (writer, summary) = try await enrich(
            emailRecords(emails),
            service: service,
            configuration: emailConfiguration(concurrency: 2, maxCredits: Credits(whole: 4))
        )
        #expect(service.lookups.count == 7)
        #expect(writer.column("leadiq_status").filter { $0 == "matched" }.count == 4)
        #expect(summary.creditsEstimated <= Credits(whole: 4) && summary.skipped == 6)
    }

    @Test func aZeroBudgetSendsNothingButWritesEveryRow() async throws {
        let service = ScriptedLookupService()
        let (writer, summary) = try await enrich(
            emailRecords(distinctEmails(3) + ["person1@acme.com"]),
            service: service,
            configuration: emailConfiguration(maxCredits: .zero)
        )
        #expect(service.lookups.isEmpty)
        #expect(writer.column("leadiq_reason") == ["budget", "budget", "budget", "budget"])
        #expect(summary.skipped == 4 && summary.budgetExhausted)
    }

    @Test func dryRunCountsWhatARunSendsAndItsMaximumCost() async throws {
        let emails = distinctEmails(25) + ["PERSON1@acme.com", "", "nobody@acme.com"]
        let records = emailRecords(emails)
        let configuration = emailConfiguration(batchSize: 10, selection: [.email, .phone])
        let estimate = try DryRunEstimate(reader: ArrayRecordReader(records: records), configuration: configuration)
        #expect(estimate.rows == 28 && estimate.skipped == 1 && estimate.duplicates == 1)
        #expect(estimate.personLookups == 26 && estimate.companyLookups == 0 && estimate.requests == 3)
        #expect(estimate.maximumCredits == Credits(whole: 26 * 11))

        let service = ScriptedLookupService(answer: Self.someNotFound)
        let (_, summary) = try await enrich(records, service: service, configuration: configuration)
        #expect(summary.lookups == estimate.uniqueLookups && summary.requests == estimate.requests)
        #expect(summary.creditsEstimated == Credits(whole: 25 * 11))
        #expect(summary.creditsEstimated <= estimate.maximumCredits)
    }

    @Test func dryRunEqualsTheRunWhenEveryLookupMatches() async throws {
        let records = emailRecords(distinctEmails(12) + ["person4@acme.com"])
        let configuration = emailConfiguration(selection: .profile)
        let estimate = try DryRunEstimate(reader: ArrayRecordReader(records: records), configuration: configuration)
        let (_, summary) = try await enrich(records, service: ScriptedLookupService(), configuration: configuration)
        #expect(estimate.maximumCredits == Credits(tenths: 12))
        #expect(summary.creditsEstimated == estimate.maximumCredits)
    }

    @Test func companyLookupsAlwaysCostFirmographics() {
        let lookup = Lookup.company(SearchCompanyInput(domain: "acme.com"))
        #expect(lookup.maximumCost(selection: .default) == Credits(whole: 3))
        #expect(lookup.maximumCost(selection: [.email, .company]) == Credits(whole: 3))
        #expect(
            Lookup.person(SearchPeopleInput(email: "a@b.co")).maximumCost(selection: [.email, .company])
                == Credits(whole: 4)
        )
    }

    @Test func dryRunCountsRejectedRows() throws {
        let issues = ReadIssueBuffer()
        let rows: [ArrayRecordReader.Row] = [
            .issue(
                ReadIssue(
                    kind: .rejected,
                    position: SourcePosition(file: "in.jsonl", line: 1, index: 0),
                    message: "not an object",
                    raw: "[1]"
                )
            ),
            .record(emailRecords(["ann@acme.com"])[0]),
            .issue(
                ReadIssue(
                    kind: .rejected,
                    position: SourcePosition(file: "in.jsonl", line: 3, index: 2),
                    message: "not an object",
                    raw: "2"
                )
            ),
        ]
        let estimate = try DryRunEstimate(
            reader: ArrayRecordReader(rows, issues: issues.handler),
            configuration: emailConfiguration(),
            issues: issues
        )
        #expect(estimate.rows == 1 && estimate.rejected == 2 && estimate.personLookups == 1)
    }
}
