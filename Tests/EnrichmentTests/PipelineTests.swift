import Foundation
import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

@Suite struct PipelineTests {
    @Test func writesEveryRowInInputOrderWhateverOrderAnswersArriveIn() async throws {
        let emails = distinctEmails(300)
        // Later rows answer sooner, so batches complete far from the order they were sent in.
        let service = ScriptedLookupService(yields: { lookup in
            guard case .person(let input) = lookup, let email = input.email else { return 0 }
            return 300 - Int(email.dropFirst("person".count).prefix(while: \.isNumber))!
        })
        let (writer, summary) = try await enrich(
            emailRecords(emails),
            service: service,
            configuration: emailConfiguration(concurrency: 8)
        )
        #expect(service.completionOrder != service.completionOrder.sorted())
        #expect(writer.column("id") == (0..<300).map(String.init))
        #expect(writer.column("leadiq_work_email") == emails.map { "work." + $0 })
        #expect(writer.column("leadiq_status") == Array(repeating: "matched", count: 300))
        #expect(writer.isFinished)
        #expect(summary.rows == 300 && summary.matched == 300 && summary.lookups == 300 && summary.requests == 300)
    }

    @Test func neverExceedsTheConcurrencyAndUsesAllOfIt() async throws {
        let service = ScriptedLookupService(yields: { _ in 50 })
        _ = try await enrich(
            emailRecords(distinctEmails(200)),
            service: service,
            configuration: emailConfiguration(concurrency: 6)
        )
        #expect(service.mostInFlight == 6)
    }

    @Test func sendsEachDistinctLookupOnceAndFansTheAnswerOut() async throws {
        let emails = ["Ann@acme.com", "bob@acme.com", " ann@ACME.com ", "ann@acme.com", "bob@acme.com"]
        let service = ScriptedLookupService(yields: { _ in 20 })
        let (writer, summary) = try await enrich(
            emailRecords(emails),
            service: service,
            configuration: emailConfiguration(concurrency: 2)
        )
        #expect(service.lookups.count == 2)
        #expect(
            Set(service.lookups) == [
                .person(SearchPeopleInput(email: "ann@acme.com")), .person(SearchPeopleInput(email: "bob@acme.com")),
            ]
        )
        #expect(
            writer.column("leadiq_person_id")
                == ["p:ann@acme.com", "p:bob@acme.com", "p:ann@acme.com", "p:ann@acme.com", "p:bob@acme.com"]
        )
        #expect(summary.lookups == 2 && summary.duplicates == 3 && summary.matched == 5)
    }

    /// Names differing only in case are one question, sent as the first row spells it; they cost two lookups.
    @Test func namesDifferingInCaseAreOneLookup() async throws {
        let rows = [["Jane", "Roe", "Globex"], ["jane", "ROE", "globex"], ["", "", "Globex"], ["", "", "GLOBEX"]]
        let records = rows.enumerated().map { index, row in
            Record(
                names: ["first", "last", "company"], values: row,
                position: SourcePosition(file: "in.csv", line: index + 2, index: index))
        }
        let service = ScriptedLookupService()
        let mapping = FieldMapping(columns: [.firstName: "first", .lastName: "last", .companyName: "company"])
        let (writer, summary) = try await enrich(
            records, service: service, configuration: EnrichmentConfiguration(mapping: mapping, concurrency: 1))
        #expect(
            service.lookups == [
                .person(SearchPeopleInput(firstName: "Jane", lastName: "Roe", company: CompanyDetails(name: "Globex"))),
                .company(SearchCompanyInput(name: "Globex")),
            ])
        guard case .person(let sent) = service.lookups.first else { Issue.record("no person lookup"); return }
        #expect(sent.firstName == "Jane" && sent.company?.name == "Globex", "sent as spelled, not lower-cased")
        #expect(summary.duplicates == 2 && writer.column("leadiq_status") == statuses(("matched", 4)))
    }

    @Test func duplicatesFarApartAreStillAnsweredFromMemory() async throws {
        let emails = ["ann@acme.com"] + distinctEmails(100) + ["ANN@acme.com"]
        let service = ScriptedLookupService()
        let (writer, _) = try await enrich(emailRecords(emails), service: service, configuration: emailConfiguration())
        #expect(service.lookups.count == 101)
        #expect(writer.column("leadiq_person_id").last == "p:ann@acme.com")
    }

    @Test func skippedRowsSendNothing() async throws {
        let service = ScriptedLookupService()
        let (writer, summary) = try await enrich(
            emailRecords(["", "not an email", "ann@acme.com"]),
            service: service,
            configuration: emailConfiguration()
        )
        #expect(service.lookups == [.person(SearchPeopleInput(email: "ann@acme.com"))])
        #expect(writer.column("leadiq_status") == ["skipped", "skipped", "matched"])
        #expect(writer.column("leadiq_reason") == ["no_identifier", "invalid_email", ""])
        #expect(summary.skipped == 2 && summary.matched == 1)
    }

    @Test func batchesLookupsWithTheSameOutputAsSingleRequests() async throws {
        let emails = distinctEmails(95) + ["person3@acme.com", "nobody"]
        let single = ScriptedLookupService(yields: { _ in 5 })
        let batched = ScriptedLookupService(yields: { _ in 5 })
        let (one, _) = try await enrich(emailRecords(emails), service: single, configuration: emailConfiguration())
        let (ten, summary) = try await enrich(
            emailRecords(emails),
            service: batched,
            configuration: emailConfiguration(batchSize: 10)
        )
        #expect(ten.records == one.records)
        #expect(batched.batches.map(\.count).sorted(by: >) == Array(repeating: 10, count: 9) + [5])
        #expect(summary.requests == 10 && summary.lookups == 95)
    }

    @Test func holdsNoMoreThanTheWindowWhileTheHeadRowWaits() async throws {
        let window = 32
        let progress = ReadProgress()
        let readWhenReleased = ReadProgress()
        let answered = ReadProgress()
        // The first call waits until every other row of the window has been answered: only then is the reader
        // provably stalled on the window, which is what this test checks.
        let service = ScriptedLookupService(
            hold: { call in
                if call == 0 {
                    while answered.recordsRead < window - 1 {
                        await Task.yield()
                    }
                    for _ in 0..<progress.recordsRead {
                        readWhenReleased.read()
                    }
                } else {
                    answered.read()
                }
            }
        )
        let pipeline = EnrichmentPipeline(service: service, configuration: emailConfiguration(windowSize: window))
        let writer = MemoryRecordWriter()
        let reader = ArrayRecordReader(records: emailRecords(distinctEmails(200)), progress: progress)
        _ = try await pipeline.run(reader: reader, writer: writer)
        #expect(readWhenReleased.recordsRead == window)
        #expect(writer.column("id") == (0..<200).map(String.init))
    }

    @Test func rowsWaitingOnAnInFlightDuplicateCountAgainstTheWindow() async throws {
        let window = 16
        let progress = ReadProgress()
        let readWhenReleased = ReadProgress()
        let service = ScriptedLookupService(
            yields: { _ in 200 },
            hold: { _ in
                for _ in 0..<progress.recordsRead {
                    readWhenReleased.read()
                }
            }
        )
        let pipeline = EnrichmentPipeline(service: service, configuration: emailConfiguration(windowSize: window))
        let reader = ArrayRecordReader(
            records: emailRecords(Array(repeating: "ann@acme.com", count: 100)),
            progress: progress
        )
        let writer = MemoryRecordWriter()
        let summary = try await pipeline.run(reader: reader, writer: writer)
        #expect(readWhenReleased.recordsRead == window)
        #expect(service.lookups.count == 1 && summary.duplicates == 99 && writer.records.count == 100)
    }

    @Test func unauthorizedAbortsBeforeAnyOutput() async throws {
        let service = ScriptedLookupService(fatal: { _ in .unauthorized })
        let writer = MemoryRecordWriter()
        let rejects = MemoryRecordWriter()
        let pipeline = EnrichmentPipeline(service: service, configuration: emailConfiguration())
        await #expect(throws: EnrichmentError.unauthorized) {
            _ = try await pipeline.run(
                reader: ArrayRecordReader(records: emailRecords(["", "skip me", "ann@acme.com", "bob@acme.com"])),
                writer: writer,
                rejects: rejects
            )
        }
        #expect(writer.records.isEmpty && !writer.isFinished)
        #expect(rejects.records.isEmpty)
    }

    @Test(.timeLimit(.minutes(1))) func insufficientCreditsLetsInFlightLookupsFinishAndFailsTheRest() async throws {
        // Row 2's lookup is refused at once. The other three in flight (concurrency 4) answer only once the pipeline
        // has taken the refusal in, which it shows by asking what is stored for the rows still to come; a pipeline
        // that never stops sending holds them for ever, which the time limit turns into a failure.
        let refused = Lookup.person(SearchPeopleInput(email: "person2@acme.com"))
        let stopped = Flag()
        let service = ScriptedLookupService(
            fatal: { $0 == [refused] ? .insufficientCredits : nil },
            hold: { _ in
                while !stopped.isSet, !Task.isCancelled { await Task.yield() }
            },
            whenAskedForStoredAnswers: { stopped.set() }
        )
        let emails = distinctEmails(20) + ["person0@acme.com"]
        let (writer, summary) = try await enrich(
            emailRecords(emails),
            service: service,
            configuration: emailConfiguration()
        )
        let statuses = writer.column("leadiq_status")
        #expect(statuses.count == 21)
        #expect(service.batches.count == 4)
        #expect(statuses.filter { $0 == "matched" }.count == 4)
        #expect(statuses[2] == "failed")
        #expect(statuses.last == "matched")
        #expect(
            Set(writer.column("leadiq_reason").enumerated().filter { statuses[$0.offset] == "failed" }.map(\.element))
                == ["insufficient_credits"]
        )
        #expect(summary.insufficientCredits && summary.failed == 17 && summary.matched == 4)
        #expect(writer.isFinished)
    }

    @Test func otherServiceErrorsFailOnlyTheirBatch() async throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "connection reset" } }
        struct FlakyService: LookupService {
            func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
                if lookups == [.person(SearchPeopleInput(email: "bob@acme.com"))] { throw Boom() }
                return LookupBatchResult(outcomes: lookups.map(ScriptedLookupService.matchEveryone), requests: 3)
            }
        }
        let pipeline = EnrichmentPipeline(service: FlakyService(), configuration: emailConfiguration())
        let writer = MemoryRecordWriter()
        let summary = try await pipeline.run(
            reader: ArrayRecordReader(records: emailRecords(["ann@acme.com", "bob@acme.com", "cy@acme.com"])),
            writer: writer
        )
        #expect(writer.column("leadiq_status") == ["matched", "failed", "matched"])
        #expect(writer.column("leadiq_reason") == ["", "connection reset", ""])
        #expect(summary.requests == 7 && summary.retries == 4 && summary.failed == 1)
    }

    @Test func aServiceAnsweringTheWrongNumberOfOutcomesFailsThatBatch() async throws {
        struct ShortService: LookupService {
            func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
                LookupBatchResult(outcomes: [])
            }
        }
        let pipeline = EnrichmentPipeline(service: ShortService(), configuration: emailConfiguration())
        let writer = MemoryRecordWriter()
        _ = try await pipeline.run(reader: ArrayRecordReader(records: emailRecords(["ann@acme.com"])), writer: writer)
        #expect(writer.column("leadiq_status") == ["failed"])
        #expect(writer.column("leadiq_reason") == ["lookup service answered 0 outcomes for 1 lookups"])
    }
}
