import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Testing

@testable import Enrichment

/// A journaled push stopped part-way and run again: the journaled batches' rows come back from the journal without
/// being sent, the batch that may have been in flight is checked against the list, and no one is added twice.
@Suite struct ListPushResumeTests {
    static let batchRoute = "POST /v1/lists/{listId}/prospects/batch"
    let journalPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("leadiq-push-journal-\(UUID().uuidString).sqlite").path

    /// Reads `records`, asking `stop` to stop once `stopAt` of them are read: the push then stops before the batch
    /// those rows fill.
    struct StoppingReader: RecordReader {
        var rows: ArrayRecordReader
        let stop: StopRequest
        let stopAt: Int

        mutating func next() throws -> Record? {
            let record = try self.rows.next()
            if self.rows.progress.recordsRead >= self.stopAt { self.stop.request(.signal(number: SIGINT)) }
            return record
        }
    }

    /// Pushes `records` into `listID` with the journal; stops after `stopAt` rows are read when given.
    func push(
        _ records: [Record], listID: String, client: LeadIQClient, stopAt: Int? = nil
    ) async throws -> (rows: [Record], summary: ListPushSummary, finished: Bool) {
        let journal = try PushJournal(path: self.journalPath, runID: "push-test")
        try journal.recordList(id: listID)
        let pusher = ProspectPusher(client: client, listID: listID, listIsNew: !journal.isResuming)
        var push = ListPush(pusher: pusher, journal: journal)
        let stop = StopRequest()
        var reader = StoppingReader(rows: ArrayRecordReader(records: records), stop: stop, stopAt: stopAt ?? .max)
        var writer = MemoryRecordWriter()
        let summary = try await push.run(reader: &reader, writer: &writer, file: "people.csv", stop: stop)
        return (writer.records, summary, writer.isFinished)
    }

    @Test func aResumedPushReplaysJournaledBatchesAndSendsOnlyTheRest() async throws {
        try await withListSandbox { client, sandbox in
            let list = try await client.createList(ListInput(name: "Resumed"))
            let records = peopleRecords(250)
            let first = try await self.push(records, listID: list.id, client: client, stopAt: 200)
            #expect(first.summary.stopReason == .signal(number: SIGINT) && !first.finished)
            #expect(first.rows.count == 100, "the second batch was not sent once the stop was asked for")

            let second = try await self.push(records, listID: list.id, client: client)
            #expect(second.finished && second.summary.stopReason == nil)
            #expect(second.summary.added == 250)
            #expect(Array(second.rows.prefix(100)) == first.rows, "journaled rows come back as they were written")
            #expect(await sandbox.stats.restRequests[Self.batchRoute] == 3)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.map(\.workEmail) == (0..<250).map { "person\($0)@acme.com" })
            #expect(saved.map(\.id) == second.rows.map { $0[ListPush.prospectIDField] })
        }
    }

    @Test func theBatchInFlightWhenARunDiedIsFoundInTheListNotSentAgain() async throws {
        try await withListSandbox { client, sandbox in
            let list = try await client.createList(ListInput(name: "Killed"))
            let records = peopleRecords(250)
            _ = try await self.push(records, listID: list.id, client: client, stopAt: 200)
            // What a run killed mid-request leaves: the second batch saved by LeadIQ, unknown to the journal.
            let mapper = try ProspectMapper(names: records[0].names, file: "people.csv")
            let inFlight = records[100..<200].compactMap { record -> ProspectInput? in
                if case .prospect(let input, _) = mapper.map(record) { return input }
                return nil
            }
            _ = try await client.addProspects(listID: list.id, inFlight)

            let resumed = try await self.push(records, listID: list.id, client: client)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.count == 250)
            #expect(Set(saved.compactMap(\.workEmail)).count == 250)
            #expect(Set(resumed.rows.map { $0[ListPush.prospectIDField] ?? "" }) == Set(saved.map(\.id)))
            #expect(
                resumed.rows.allSatisfy { !($0[ListPush.reasonField] ?? "").contains("lost response") },
                "rows found in the list read as an uninterrupted run writes them"
            )
        }
    }

    @Test func aChangedInputIsRefusedRatherThanReplayedOntoOtherRows() async throws {
        try await withListSandbox { client, _ in
            let list = try await client.createList(ListInput(name: "Changed"))
            _ = try await self.push(peopleRecords(150), listID: list.id, client: client, stopAt: 150)
            let other = peopleRecords(150).map { record in
                var record = record
                record.values[1] = "other." + record.values[1]
                return record
            }
            await #expect(throws: EnrichmentError.pushInputChanged(batch: 0)) {
                _ = try await self.push(other, listID: list.id, client: client)
            }
        }
    }

    @Test func aRestartedJournalForgetsTheListAndTheBatches() throws {
        do {
            let journal = try PushJournal(path: self.journalPath, runID: "push-restart")
            try journal.recordList(id: "list-1")
            try journal.record(batch: 0, digest: "digest", outcomes: [])
        }
        do {
            let resumed = try PushJournal(path: self.journalPath, runID: "push-restart")
            #expect(resumed.isResuming)
            #expect(try resumed.batch(0) != nil)
        }

        let restarted = try PushJournal(path: self.journalPath, runID: "push-restart", restart: true)
        #expect(!restarted.isResuming)
        #expect(try restarted.listID() == nil)
        #expect(try restarted.batch(0) == nil)
    }

    @Test func aListCreatedByARunThatDiedBeforeJournalingItIsContinuedInto() async throws {
        try await withListSandbox { client, sandbox in
            let journal = try PushJournal(path: self.journalPath, runID: "push-create")
            try journal.recordListRequest(name: "Mine")
            // The killed run's create reached LeadIQ; its answer never reached the journal.
            let made = try await client.createList(ListInput(name: "Mine"))
            let resumed = try PushJournal(path: self.journalPath, runID: "push-create")
            #expect(resumed.isResuming)
            let list = try await ListCreation.create(ListInput(name: "Mine"), client: client, journal: resumed)
            #expect(list.id == made.id)
            #expect(try resumed.listID() == made.id)
            #expect(
                try await ListCreation.create(ListInput(name: "Mine"), client: client, journal: resumed).id == made.id)
            #expect(await sandbox.stats.lists.count == 1)

            // A name taken by someone else is still refused.
            _ = try await client.createList(ListInput(name: "Theirs"))
            let fresh = try PushJournal(path: self.journalPath, runID: "push-other")
            await #expect(throws: EnrichmentError.listNameTaken("Theirs")) {
                try await ListCreation.create(ListInput(name: "Theirs"), client: client, journal: fresh)
            }
            // And forgotten: run again, the same push must not take that list for the one it asked for. It did (a
            // refused `push --restart` was followed by a run that pushed every row again into the old list).
            #expect(try fresh.list() == nil)
            await #expect(throws: EnrichmentError.listNameTaken("Theirs")) {
                try await ListCreation.create(ListInput(name: "Theirs"), client: client, journal: fresh)
            }
            #expect(try fresh.listID() == nil)
        }
    }
}
