import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Testing

@testable import Enrichment

/// The pipeline through `LeadIQLookupService` and the real client against the in-process sandbox over loopback.
@Suite struct LeadIQLookupServiceWireTests {
    /// Runs the pipeline over rows with an `email` and a `linkedin` column against a sandbox.
    private func enrichAgainstSandbox(
        _ values: [(email: String, linkedin: String)],
        sandbox: SandboxConfiguration = SandboxConfiguration(),
        apiKey: String? = nil,
        batchSize: Int = 1,
        concurrency: Int = 4
    ) async throws -> (records: [Record], summary: EnrichmentSummary, creditsUsed: Credits, lookups: Int) {
        try await withSandbox(sandbox) { running in
            let configuration = LeadIQClientConfiguration(
                apiKey: try APIKey(apiKey ?? running.apiKey),
                graphQLURL: running.graphQLURL,
                requestsPerMinute: 60_000,
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2))
            )
            let records = values.enumerated().map { index, row in
                Record(
                    names: ["email", "linkedin"],
                    values: [row.email, row.linkedin],
                    position: SourcePosition(file: "in.csv", line: index + 2, index: index)
                )
            }
            let writer = MemoryRecordWriter()
            let summary = try await withLeadIQClient(configuration) { client in
                let pipeline = EnrichmentPipeline(
                    service: LeadIQLookupService(client: client),
                    configuration: EnrichmentConfiguration(
                        mapping: FieldMapping(columns: [.email: "email", .linkedinURL: "linkedin"]),
                        concurrency: concurrency,
                        batchSize: batchSize
                    )
                )
                return try await pipeline.run(reader: ArrayRecordReader(records: records), writer: writer)
            }
            return (writer.records, summary, await running.stats.creditsUsed, await running.stats.searchPeopleLookups)
        }
    }

    @Test func duplicatesCostOneLookupAndTheEstimateIsWhatWasCharged() async throws {
        let ada = KnownPeople.ada
        let grace = KnownPeople.grace
        let rows: [(email: String, linkedin: String)] = [
            (ada.email, ""),
            (" " + ada.email.uppercased(), ""),
            ("", grace.linkedinUrl),
            ("", grace.linkedinUrl.replacingOccurrences(of: "https://www.", with: "http://uk.") + "/?trk=x"),
            (KnownPeople.notFoundEmail, ""),
            ("", ""),
        ]
        let run = try await self.enrichAgainstSandbox(rows, batchSize: 10)
        #expect(
            run.records.map { $0["leadiq_status"] } == [
                "matched", "matched", "matched", "matched", "not_found", "skipped",
            ]
        )
        #expect(run.records[1]["leadiq_person_id"] == ada.record.id)
        #expect(run.records[3]["leadiq_first_name"] == "Grace")
        #expect(run.lookups == 3 && run.summary.lookups == 3 && run.summary.requests == 1)
        #expect(run.creditsUsed == run.summary.creditsEstimated)
        #expect(run.creditsUsed == Credits(whole: 2))
    }

    @Test func aRejectedKeyAbortsTheRun() async throws {
        await #expect(throws: EnrichmentError.unauthorized) {
            _ = try await self.enrichAgainstSandbox(
                [(KnownPeople.ada.email, "")],
                apiKey: Data("wrong-key".utf8).base64EncodedString()
            )
        }
    }

    @Test func runningOutOfCreditsFailsTheRestButWritesEveryRow() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.credits = 1
        let rows = [(KnownPeople.ada.email, ""), ("", KnownPeople.grace.linkedinUrl), (KnownPeople.ada.email, "")]
        let run = try await self.enrichAgainstSandbox(rows, sandbox: sandbox, concurrency: 1)
        #expect(run.records.map { $0["leadiq_status"] } == ["matched", "failed", "matched"])
        #expect(run.records[1]["leadiq_reason"] == "insufficient_credits")
        #expect(run.summary.insufficientCredits)
    }
}
