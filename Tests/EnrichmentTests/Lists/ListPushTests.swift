import LeadIQ
import RecordIO
import Sandbox
import Testing

@testable import Enrichment

/// Pushes against the in-process sandbox, whose Prospector routes are as strict as the published schema.
@Suite struct ListPushTests {
    static let batchRoute = "POST /v1/lists/{listId}/prospects/batch"

    @Test func validFixableAndInvalidRowsAreAccountedRowByRow() async throws {
        let names = ["Full Name", "First", "Last", "Email", "Seniority", "Notes"]
        let rows: [[String]] = [
            ["", "Ann", "Lee", "ann@acme.com", "VP", ""],
            ["Bo Li", "", "", "BO@ACME.COM", "Head of", ""],
            ["Cher", "", "", "cher@acme.com", "", ""],
            ["", "Dee", "Fox", "dee at acme", "", ""],
            ["", "Eve", "Ng", "eve@acme.invalid", "", ""],
            ["", "Flo", "Orr", "", "Wizard", String(repeating: "n", count: 5_001)],
        ]
        let records = rows.enumerated().map { index, values in
            Record(
                names: names, values: values,
                position: SourcePosition(file: "in.csv", line: index + 2, index: index))
        }
        try await withListSandbox { client, sandbox in
            let (list, written, summary) = try await push(records, to: "Fixture", client: client)

            #expect(
                written.map { $0[ListPush.statusField] } == [
                    "added", "added", "skipped", "skipped", "failed", "added",
                ])
            #expect(
                written.map { $0["Email"] } == rows.map { $0[3] }, "input columns are kept, in input order")
            #expect(written[1][ListPush.reasonField] == "name split from 'Bo Li'")
            #expect(written[2][ListPush.reasonField] == "no first and last name: 'Cher' is a single word")
            #expect(
                written[3][ListPush.reasonField] == "work email 'dee at acme' is not an email address")
            #expect(written[4][ListPush.reasonField] == "The work email's domain does not accept mail.")
            #expect(
                written[5][ListPush.reasonField]
                    == "seniority 'Wizard' left out: not a LeadIQ seniority; notes cut from 5001 to 5000 characters"
            )
            #expect(
                summary.added == 3 && summary.skipped == 2 && summary.failed == 1
                    && summary.batchRequests == 1)

            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.map(\.id) == [0, 1, 5].map { written[$0][ListPush.prospectIDField] })
            #expect(saved.map(\.firstName) == ["Ann", "Bo", "Flo"])
            #expect(saved.map(\.lastName) == ["Lee", "Li", "Orr"])
            #expect(saved.map(\.workEmail) == ["ann@acme.com", "bo@acme.com", nil])
            #expect(saved.map(\.seniority) == ["VP", "Director", nil])
            #expect(saved[2].notes?.count == 5_000)
            #expect(
                written.allSatisfy {
                    $0[ListPush.statusField] == "added" || $0[ListPush.prospectIDField] == ""
                })
        }
    }

    @Test func twoHundredFiftyRowsTakeThreeBatchRequests() async throws {
        try await withListSandbox { client, sandbox in
            let (list, written, summary) = try await push(peopleRecords(250), to: "Big", client: client)
            #expect(await sandbox.stats.restRequests[Self.batchRoute] == 3)
            #expect(summary.batchRequests == 3)
            #expect(summary.added == 250)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.map(\.workEmail) == (0..<250).map { "person\($0)@acme.com" })
            #expect(saved.map(\.id) == written.map { $0[ListPush.prospectIDField] })
        }
    }

    @Test func aTakenListNameIsTheDocumentedError() async throws {
        try await withListSandbox { client, _ in
            _ = try await client.createList(ListInput(name: "Taken"))
            await #expect(throws: EnrichmentError.listNameTaken("Taken")) {
                try await ListCreation.create(ListInput(name: "Taken"), client: client)
            }
            #expect("\(EnrichmentError.listNameTaken("Taken"))".contains("`leadiq push` can add rows to that list"))
        }
    }

    @Test func connectionsDroppedAfterApplyingLeaveEachRowOnceAndNoneMissing() async throws {
        var configuration = SandboxConfiguration()
        configuration.resetRate = 0.5
        configuration.seed = 7
        try await withListSandbox(configuration) { client, sandbox in
            let (list, written, summary) = try await push(
                peopleRecords(250), to: "Flaky", client: client, maxAttempts: 20)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(saved.count == 250)
            #expect(Set(saved.compactMap(\.workEmail)) == Set((0..<250).map { "person\($0)@acme.com" }))
            #expect(summary.added == 250)
            #expect(Set(written.map { $0[ListPush.prospectIDField] ?? "" }) == Set(saved.map(\.id)))
            let lost = written.filter {
                $0[ListPush.reasonField]?.hasSuffix("already in the list after a lost response") == true
            }
            #expect(
                !lost.isEmpty,
                "the seed drops some applied batches' answers; their rows were found, not re-sent")
            #expect(summary.batchRequests == (await sandbox.stats.restRequests[Self.batchRoute] ?? 0))
            #expect(await sandbox.stats.restRequests["GET /v1/lists/{listId}/prospects"] ?? 0 > 0)
            #expect(await sandbox.stats.lists.count == 1, "a lost create is found, not made twice")
        }
    }

    /// The check of what a lost batch saved reads the list; when those reads fail too (here the client does not
    /// retry at all), the check is made again rather than the push given up or the batch sent blind.
    @Test func aCheckThatMeetsDroppedConnectionsIsMadeAgain() async throws {
        var configuration = SandboxConfiguration()
        configuration.resetRate = 0.3
        configuration.seed = 11
        try await withListSandbox(configuration, clientAttempts: 1) { client, sandbox in
            let (list, _, summary) = try await push(
                peopleRecords(250), to: "Flakier", client: client, maxAttempts: 20)
            let saved = await sandbox.stats.prospects(inList: list.id)
            #expect(summary.added == 250)
            #expect(saved.count == 250)
            #expect(Set(saved.compactMap(\.workEmail)).count == 250)
        }
    }

    /// Whether a batch already reached a long list is checked prospect by prospect, by work email or else by name,
    /// instead of by reading the whole list: a lost batch costs about one request per prospect in it, however many
    /// the list holds.
    @Test func aBatchThatMayBeSavedIsCheckedByNameWhenTheListIsLonger() async throws {
        try await withListSandbox { client, sandbox in
            let list = try await ListCreation.create(ListInput(name: "Long"), client: client)
            var pusher = ProspectPusher(client: client, listID: list.id, listIsNew: true)
            let earlier = (0..<400).map {
                ProspectInput(firstName: "Person\($0)", lastName: "Earlier", workEmail: "p\($0)@acme.com")
            }
            for start in stride(from: 0, to: earlier.count, by: 100) {
                _ = try await pusher.push(Array(earlier[start..<start + 100]))
            }
            // Three without an email, the first of which an interrupted run already saved.
            let batch = ["Grace", "Alan", "Edsger"].map { ProspectInput(firstName: $0, lastName: "Nomail") }
            let alreadySaved = try await client.addProspect(listID: list.id, batch[0])
            let before = await sandbox.stats.restRequests

            let outcomes = try await pusher.push(batch, mayBeSaved: true)

            let after = await sandbox.stats.restRequests
            let sent = { (route: String) in after[route, default: 0] - before[route, default: 0] }
            #expect(sent("GET /v1/lists/{listId}/prospects") == 0, "the list is not read")
            #expect(sent("GET /v1/prospects") == 3, "one search per prospect of the batch")
            #expect(outcomes.first == .added(prospectID: alreadySaved.id, note: nil))
            let saved = await sandbox.stats.prospects(inList: list.id).filter { $0.lastName == "Nomail" }
            #expect(saved.compactMap(\.firstName).sorted() == ["Alan", "Edsger", "Grace"])
        }
    }

    @Test func exportingAListPagesThroughEveryProspectOnce() async throws {
        try await withListSandbox { client, _ in
            let (list, _, _) = try await push(peopleRecords(250), to: "Export", client: client)
            var exported: [Record] = []
            for try await prospect in client.allListProspects(listID: list.id) {
                exported.append(prospect.record(index: exported.count, source: list.id))
            }
            #expect(exported.count == 250)
            #expect(Set(exported.map { $0["id"] }).count == 250)
            #expect(exported.map { $0["workEmail"] } == (0..<250).map { "person\($0)@acme.com" })
            #expect(exported.allSatisfy { $0["listIds"] == list.id && $0["seniority"] == "VP" })
            #expect(exported.allSatisfy { $0.names == Prospect.recordFields })
        }
    }
}
