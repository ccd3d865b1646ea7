import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Synchronization
import Testing

@testable import Enrichment

/// Stopping a run early, by request (a signal) or by the outage breaker: what is in flight finishes, nothing new is
/// sent, and the outputs are left unfinished so that a half-written file never looks complete.
@Suite struct EarlyStopTests {
    /// Counts arrivals, readable and awaitable from any task.
    final class Arrivals: Sendable {
        private let count = Atomic<Int>(0)
        func arrive() { self.count.add(1, ordering: .relaxed) }
        var value: Int { self.count.load(ordering: .relaxed) }
    }

    /// The number in `personN@acme.com`, the address `distinctEmails` gives row N.
    static func row(_ lookup: Lookup) -> Int? {
        guard case .person(let input) = lookup, let email = input.email else { return nil }
        return Int(email.dropFirst("person".count).prefix(while: \.isNumber))
    }

    @Test func aStopRequestLetsTheLookupsInFlightFinishAndSendsNoMore() async throws {
        let stop = StopRequest()
        let arrivals = Arrivals()
        // Every call waits until four are in flight (the concurrency), and the fourth asks the run to stop: all four
        // were sent before the stop, none after it.
        let service = ScriptedLookupService(hold: { call in
            arrivals.arrive()
            if call == 3 { stop.request(.signal(number: SIGINT)) }
            while arrivals.value < 4 { await Task.yield() }
        })
        let writer = MemoryRecordWriter()
        let rejects = MemoryRecordWriter()
        let pipeline = EnrichmentPipeline(service: service, configuration: emailConfiguration(concurrency: 4))
        let summary = try await pipeline.run(
            reader: ArrayRecordReader(records: emailRecords(distinctEmails(100))),
            writer: writer, rejects: rejects, stop: stop
        )
        #expect(service.batches.count == 4)
        #expect(service.completionOrder.count == 4, "the lookups in flight were waited for, not abandoned")
        #expect(summary.stopReason == .signal(number: SIGINT))
        #expect(writer.column("id") == ["0", "1", "2", "3"])
        #expect(!writer.isFinished && !rejects.isFinished)
    }

    @Test func aStopRequestedBeforeTheFirstLookupSendsNothing() async throws {
        let stop = StopRequest()
        stop.request(.signal(number: SIGTERM))
        let service = ScriptedLookupService()
        let writer = MemoryRecordWriter()
        let summary = try await EnrichmentPipeline(service: service, configuration: emailConfiguration()).run(
            reader: ArrayRecordReader(records: emailRecords(distinctEmails(10))), writer: writer, stop: stop
        )
        #expect(service.batches.isEmpty && writer.records.isEmpty && !writer.isFinished)
        #expect(summary.stopReason == .signal(number: SIGTERM))
    }

    @Test func theBreakerStopsAfterTheGivenNumberOfFailuresInARow() async throws {
        // The first ten people answer, then every lookup fails: with one lookup at a time, exactly five failures are
        // sent before the breaker stops the run.
        let service = ScriptedLookupService(answer: { lookup in
            Self.row(lookup)! < 10
                ? ScriptedLookupService.matchEveryone(lookup) : .failed(reason: "LeadIQ server error (503)")
        })
        var configuration = emailConfiguration(concurrency: 1)
        configuration.maxFailuresInARow = 5
        let (writer, summary) = try await enrich(
            emailRecords(distinctEmails(50)), service: service, configuration: configuration
        )
        #expect(service.lookups.count == 15)
        #expect(summary.stopReason == .outage(failuresInARow: 5, lastReason: "LeadIQ server error (503)"))
        #expect(
            writer.column("leadiq_status") == statuses(("matched", 10), ("failed", 5)))
        #expect(!writer.isFinished)
    }

    @Test func anAnswerBetweenFailuresResetsTheBreaker() async throws {
        // Every third lookup answers, so failures never come three in a row.
        let service = ScriptedLookupService(answer: { lookup in
            Self.row(lookup)! % 3 == 0 ? ScriptedLookupService.matchEveryone(lookup) : .failed(reason: "timeout")
        })
        var configuration = emailConfiguration(concurrency: 1)
        configuration.maxFailuresInARow = 3
        let (writer, summary) = try await enrich(
            emailRecords(distinctEmails(30)), service: service, configuration: configuration
        )
        #expect(summary.stopReason == nil && writer.isFinished)
        #expect(summary.failed == 20 && summary.matched == 10)
    }

    @Test func aFailedBatchCountsEachOfItsLookups() async throws {
        struct Down: LookupService {
            struct Unreachable: Error, CustomStringConvertible { var description: String { "connection refused" } }
            func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
                throw Unreachable()
            }
        }
        var configuration = emailConfiguration(concurrency: 1, batchSize: 5)
        configuration.maxFailuresInARow = 10
        let writer = MemoryRecordWriter()
        let summary = try await EnrichmentPipeline(service: Down(), configuration: configuration).run(
            reader: ArrayRecordReader(records: emailRecords(distinctEmails(100))), writer: writer
        )
        #expect(summary.lookups == 10, "two batches of five fail: the breaker trips after the second")
        #expect(summary.stopReason == .outage(failuresInARow: 10, lastReason: "connection refused"))
    }
}

/// Stopping a run whose lookups wait inside the real client, against the in-process sandbox: the waits are given up at
/// once. They used to hold the stop up until each lookup was sent, a minute or more.
@Suite struct EarlyStopWaitTests {
    /// Asks the run to stop once the first lookup is answered, whichever row's it is.
    struct StopAtFirstAnswer: LookupService {
        let upstream: any LookupService
        let stop: StopRequest

        func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
            let answer = try await self.upstream.lookUp(lookups, selection: selection)
            self.stop.request(.signal(number: SIGINT))
            return answer
        }
    }

    /// Three lookups go at once; one is answered and the other two wait: for their turn at one request a minute
    /// (60 s and 120 s), or before the retry that the sandbox's outage answer asks to come in 300 s.
    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func aStopGivesUpTheLookupsStillWaiting(outage: Bool) async throws {
        var sandbox = SandboxConfiguration()
        if outage {
            sandbox.outageAfterRequests = 1
            sandbox.retryAfterSeconds = 300
        }
        try await withSandbox(sandbox) { running in
            let configuration = LeadIQClientConfiguration(
                apiKey: try APIKey(running.apiKey),
                graphQLURL: running.graphQLURL,
                requestsPerMinute: outage ? 60_000 : 1
            )
            let stop = StopRequest()
            let writer = MemoryRecordWriter()
            let summary = try await withLeadIQClient(configuration) { client in
                let pipeline = EnrichmentPipeline(
                    service: StopAtFirstAnswer(upstream: LeadIQLookupService(client: client), stop: stop),
                    configuration: emailConfiguration(concurrency: 3),
                    waits: client.waits
                )
                return try await pipeline.run(
                    reader: ArrayRecordReader(records: emailRecords(distinctEmails(3))), writer: writer, stop: stop
                )
            }
            #expect(summary.stopReason == .signal(number: SIGINT))
            #expect(summary.requests == 1 && summary.failed == 0)
            #expect(await running.stats.graphQLRequests == (outage ? 3 : 1))
            #expect(!writer.isFinished)
        }
    }
}
