import Foundation
import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

private let position = SourcePosition(file: "in.csv", line: 7, index: 5)
private let input = Record(names: ["Name", "Email"], values: ["Ann", "ann@acme.com"], position: position)

private let ann = PersonRecord(
    id: "p1",
    name: NameInfo(first: "Ann", last: "Smith"),
    currentPositions: [
        PositionRecord(
            title: "CTO",
            seniority: "Executive",
            function: "Engineering",
            companyInfo: CompanyInfo(
                id: "c1",
                name: "Acme",
                domain: "acme.com",
                industry: "Software",
                numberOfEmployees: 120,
                locationInfo: LocationInfo(city: "Paris", country: "France"),
                technologies: [TechnologyInfo(name: "Swift"), TechnologyInfo(name: "Postgres")]
            ),
            emails: [
                EmailRecord(value: "ann@old.acme.com", status: "Unverified"),
                EmailRecord(value: "a.smith@acme.com", status: "Invalid"),
                EmailRecord(value: "ann.smith@acme.com", status: "VerifiedLikely"),
            ],
            phones: [
                PhoneRecord(value: "+33 1 00 00 00 01", verificationStatus: "None"),
                PhoneRecord(value: "+33 1 00 00 00 02", verificationStatus: "LikelyAccurate"),
            ]
        ),
        PositionRecord(emails: [EmailRecord(value: "ann@board.example", status: "Suppressed")]),
    ],
    linkedin: LinkedinRecord(linkedinUrl: "https://www.linkedin.com/in/ann-smith")
)

@Suite struct BestContactTests {
    @Test func prefersTheMostConfidentUsableEmail() {
        #expect(ann.bestWorkEmail?.value == "ann.smith@acme.com")
        let verified = PersonRecord(currentPositions: [
            PositionRecord(emails: [EmailRecord(value: "x@acme.com", status: "Unverified")]),
            PositionRecord(emails: [EmailRecord(value: "y@acme.com", status: "Verified")]),
        ])
        #expect(verified.bestWorkEmail?.value == "y@acme.com")
    }

    @Test func neverOffersInvalidOrSuppressedEmails() {
        let person = PersonRecord(currentPositions: [
            PositionRecord(emails: [
                EmailRecord(value: "x@acme.com", status: "Invalid"),
                EmailRecord(value: "y@acme.com", status: "Suppressed"),
            ])
        ])
        #expect(person.bestWorkEmail == nil)
    }

    @Test func prefersAnAccurateWorkPhoneThenAnyThenPersonal() {
        #expect(ann.bestPhone?.value == "+33 1 00 00 00 02")
        let personal = PersonRecord(personalPhones: [PhoneRecord(value: "+1 555 0100")])
        #expect(personal.bestPhone?.value == "+1 555 0100")
    }
}

@Suite struct EnrichmentProjectionTests {
    @Test func appendsTheStatusColumnsAfterTheInputs() {
        let projection = EnrichmentProjection(style: .columns, selection: .default)
        let output = projection.enriched(input, with: RowResult(.person(ann)))
        #expect(Array(output.names.prefix(2)) == ["Name", "Email"])
        #expect(Array(output.names.dropFirst(2)) == projection.fieldNames)
        #expect(projection.fieldNames.first == "leadiq_status" && projection.fieldNames.last == "leadiq_linkedin_url")
        let expected: [String: String] = [
            "leadiq_status": "matched", "leadiq_reason": "", "leadiq_person_id": "p1", "leadiq_first_name": "Ann",
            "leadiq_last_name": "Smith", "leadiq_title": "CTO", "leadiq_seniority": "Executive",
            "leadiq_function": "Engineering", "leadiq_company_name": "Acme", "leadiq_company_domain": "acme.com",
            "leadiq_work_email": "ann.smith@acme.com", "leadiq_work_email_status": "VerifiedLikely",
            "leadiq_phone": "+33 1 00 00 00 02", "leadiq_linkedin_url": "https://www.linkedin.com/in/ann-smith",
        ]
        for (name, value) in expected {
            #expect(output[name] == value, "\(name)")
        }
        #expect(output.names.count == 2 + expected.count)
    }

    @Test func anEnrichedRowEnrichedAgainHasItsFieldsOverwrittenNotRepeated() {
        let projection = EnrichmentProjection(style: .columns, selection: .default)
        let once = projection.enriched(input, with: .failed("timeout"))
        let twice = projection.enriched(once, with: RowResult(.person(ann)))
        #expect(twice.names == once.names)
        #expect(twice["leadiq_status"] == "matched" && twice["leadiq_reason"] == "")
        #expect(twice["leadiq_work_email"] == "ann.smith@acme.com")
        let rejected = projection.rejected(twice, status: "skipped", reason: "budget")
        #expect(Set(rejected.names).count == rejected.names.count)
    }

    @Test func everyVerdictHasTheSameShape() {
        let projection = EnrichmentProjection(style: .columns, selection: [.email, .company])
        let verdicts = [
            RowResult(.person(ann)), RowResult(.company(CompanyInfo(name: "Acme"))), RowResult(.notFound),
            RowResult.skipped(.noIdentifier), RowResult.failed("timeout"),
        ]
        let shapes = Set(verdicts.map { projection.enriched(input, with: $0).names })
        #expect(shapes.count == 1)
        let failed = projection.enriched(input, with: .failed("timeout"))
        #expect(failed["leadiq_status"] == "failed" && failed["leadiq_reason"] == "timeout")
        #expect(failed["leadiq_work_email"] == "" && failed["leadiq_company_industry"] == "")
    }

    @Test func companyColumnsOnlyWhenCompanyIsSelected() {
        let without = EnrichmentProjection(style: .columns, selection: .default)
        #expect(!without.fieldNames.contains("leadiq_company_industry"))
        let with = EnrichmentProjection(style: .columns, selection: [.profile, .company])
        let output = with.enriched(input, with: RowResult(.person(ann)))
        #expect(output["leadiq_company_industry"] == "Software")
        #expect(output["leadiq_company_employees"] == "120")
        #expect(output["leadiq_company_city"] == "Paris")
        #expect(output["leadiq_company_technologies"] == "Swift; Postgres")
    }

    @Test func aCompanyMatchFillsTheCompanyColumns() {
        let projection = EnrichmentProjection(style: .columns, selection: .company)
        let output = projection.enriched(
            input,
            with: RowResult(.company(CompanyInfo(id: "c9", name: "Initech", domain: "initech.com", foundedYear: 1999)))
        )
        #expect(output["leadiq_status"] == "matched" && output["leadiq_person_id"] == "")
        #expect(output["leadiq_company_name"] == "Initech" && output["leadiq_company_domain"] == "initech.com")
        #expect(output["leadiq_company_id"] == "c9" && output["leadiq_company_founded_year"] == "1999")
    }

    @Test func nestedStyleUsesDottedKeysForTheJSONLWriter() {
        let projection = EnrichmentProjection(style: .nested, selection: .default)
        let output = projection.enriched(input, with: RowResult(.notFound))
        #expect(output["leadiq.status"] == "not_found")
        #expect(output.names.dropFirst(2).allSatisfy { $0.hasPrefix("leadiq.") })
    }
}

@Suite struct RejectsTests {
    @Test func rejectsGetSkippedFailedAndUnreadableRowsInInputOrder() async throws {
        struct FailBob: LookupService {
            func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
                LookupBatchResult(
                    outcomes: lookups.map { lookup in
                        lookup == .person(SearchPeopleInput(email: "bob@acme.com"))
                            ? .failed(reason: "server error (503) after 3 attempts")
                            : ScriptedLookupService.matchEveryone(lookup)
                    }
                )
            }
        }
        let records = emailRecords(["ann@acme.com", "", "bob@acme.com", "cy@acme.com"], file: "in.jsonl")
        let broken = ReadIssue(
            kind: .rejected,
            position: SourcePosition(file: "in.jsonl", line: 3, index: 2),
            message: "line is not a JSON object",
            raw: "[1, 2]"
        )
        let warning = ReadIssue(
            kind: .warning,
            position: SourcePosition(file: "in.jsonl", line: 5, index: 4),
            message: "odd"
        )
        let issues = ReadIssueBuffer()
        let reader = ArrayRecordReader(
            [
                .record(records[0]), .record(records[1]), .issue(broken), .record(records[2]), .issue(warning),
                .record(records[3]),
            ],
            issues: issues.handler
        )
        let writer = MemoryRecordWriter()
        let rejects = MemoryRecordWriter()
        let pipeline = EnrichmentPipeline(service: FailBob(), configuration: emailConfiguration(outputStyle: .nested))
        let summary = try await pipeline.run(reader: reader, writer: writer, rejects: rejects, issues: issues)

        #expect(writer.column("leadiq.status") == ["matched", "skipped", "failed", "matched"])
        #expect(rejects.column("leadiq_status") == ["skipped", "rejected", "failed"])
        #expect(rejects.column("leadiq_line") == ["3", "3", "4"])
        #expect(rejects.column("leadiq_file") == ["in.jsonl", "in.jsonl", "in.jsonl"])
        #expect(
            rejects.column("leadiq_reason")
                == ["no_identifier", "line is not a JSON object", "server error (503) after 3 attempts"]
        )
        #expect(rejects.records[1]["raw"] == "[1, 2]")
        #expect(rejects.records[0]["email"] == "")
        #expect(rejects.isFinished)
        #expect(summary.rows == 4 && summary.rejected == 1 && summary.warnings == 1 && summary.failed == 1)
    }
}

@Suite struct ProgressTests {
    final class Recorder: EnrichmentProgressObserver, @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [EnrichmentProgress] = []
        func enrichmentProgressed(_ progress: EnrichmentProgress) { self.lock.withLock { self.seen.append(progress) } }
        var snapshots: [EnrichmentProgress] { self.lock.withLock { self.seen } }
    }

    @Test func reportsRowsDoneUpToTheTotal() async throws {
        let recorder = Recorder()
        var configuration = emailConfiguration()
        configuration.totalRows = 50
        let pipeline = EnrichmentPipeline(service: ScriptedLookupService(), configuration: configuration)
        _ = try await pipeline.run(
            reader: ArrayRecordReader(records: emailRecords(distinctEmails(50))),
            writer: MemoryRecordWriter(),
            observer: recorder
        )
        let done = recorder.snapshots.map(\.rowsDone)
        #expect(done == done.sorted() && done.last == 50)
        #expect(recorder.snapshots.allSatisfy { $0.rowsTotal == 50 })
        #expect(recorder.snapshots.last?.creditsEstimated == Credits(whole: 50))
    }

    @Test func rateAndTimeRemaining() {
        let progress = EnrichmentProgress(rowsDone: 30, rowsTotal: 90, elapsedSeconds: 3, creditsEstimated: .zero)
        #expect(progress.rowsPerSecond == 10)
        #expect(progress.secondsRemaining == 6)
    }

    @Test func summaryRoundTripsThroughJSON() throws {
        var summary = EnrichmentSummary()
        summary.matched = 3
        summary.creditsUsed = Credits(tenths: 31)
        summary.creditsEstimated = Credits(tenths: 3)
        let data = try JSONEncoder().encode(summary)
        #expect(try JSONDecoder().decode(EnrichmentSummary.self, from: data) == summary)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["creditsUsed"] as? Double == 3.1, "credits are a plain number in the report")
        #expect(json["creditsEstimated"] as? Double == 0.3)
    }
}
