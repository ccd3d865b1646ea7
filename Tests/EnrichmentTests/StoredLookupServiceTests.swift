@testable import Enrichment
import Foundation
import LeadIQ
import Testing

@Suite struct StoredLookupServiceTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-store-\(UUID().uuidString)")

    func store() throws -> OutcomeStore {
        try OutcomeStore(path: self.directory.appendingPathComponent("store.sqlite").path)
    }

    func lookups(_ emails: [String]) -> [Lookup] {
        emails.map { .person(SearchPeopleInput(email: $0)) }
    }

    @Test func asksUpstreamOnlyForWhatIsNotStored() async throws {
        let upstream = ScriptedLookupService()
        let service = StoredLookupService(
            upstream: upstream,
            scopes: [.init(store: try self.store(), name: "cache")],
            namespace: "http://127.0.0.1:1/graphql"
        )
        let first = try await service.lookUp(self.lookups(["a@x.co", "b@x.co"]), selection: .default)
        let second = try await service.lookUp(self.lookups(["b@x.co", "c@x.co", "a@x.co"]), selection: .default)

        #expect(upstream.lookups == self.lookups(["a@x.co", "b@x.co", "c@x.co"]))
        #expect(first.requests == 1)
        #expect(second.requests == 1)
        #expect(second.outcomes[0] == first.outcomes[1])
        #expect(second.outcomes[2] == first.outcomes[0])
        #expect(service.storedAnswers == 2)
    }

    @Test func aFullyStoredBatchSendsNoRequest() async throws {
        let store = try self.store()
        let scopes: [StoredLookupService.Scope] = [.init(store: store, name: "cache")]
        let namespace = "http://127.0.0.1:1/graphql"
        _ = try await StoredLookupService(upstream: ScriptedLookupService(), scopes: scopes, namespace: namespace)
            .lookUp(self.lookups(["a@x.co"]), selection: .default)

        let upstream = ScriptedLookupService()
        let rerun = StoredLookupService(upstream: upstream, scopes: scopes, namespace: namespace)
        let answer = try await rerun.lookUp(self.lookups(["a@x.co"]), selection: .default)

        #expect(upstream.batches.isEmpty)
        #expect(answer.requests == 0)
    }

    @Test func notFoundIsStoredAndFailuresAreNot() async throws {
        let upstream = ScriptedLookupService(answer: { lookup in
            lookup == .person(SearchPeopleInput(email: "gone@x.co")) ? .notFound : .failed(reason: "server_error")
        })
        let service = StoredLookupService(
            upstream: upstream,
            scopes: [.init(store: try self.store(), name: "cache")],
            namespace: "n"
        )
        _ = try await service.lookUp(self.lookups(["gone@x.co", "flaky@x.co"]), selection: .default)
        let again = try await service.lookUp(self.lookups(["gone@x.co", "flaky@x.co"]), selection: .default)

        #expect(again.outcomes == [.notFound, .failed(reason: "server_error")])
        #expect(upstream.lookups == self.lookups(["gone@x.co", "flaky@x.co", "flaky@x.co"]))
    }

    @Test func theKeyIncludesSelectionAndNamespace() async throws {
        let store = try self.store()
        let upstream = ScriptedLookupService()
        let scopes: [StoredLookupService.Scope] = [.init(store: store, name: "cache")]
        let lookup = self.lookups(["a@x.co"])
        _ = try await StoredLookupService(upstream: upstream, scopes: scopes, namespace: "one")
            .lookUp(lookup, selection: .default)
        _ = try await StoredLookupService(upstream: upstream, scopes: scopes, namespace: "one")
            .lookUp(lookup, selection: [.profile, .phone])
        _ = try await StoredLookupService(upstream: upstream, scopes: scopes, namespace: "two")
            .lookUp(lookup, selection: .default)

        #expect(upstream.lookups.count == 3)
        #expect(try store.count(scope: "cache") == 3)
    }

    @Test func expiredAnswersAndRefreshAskAgain() async throws {
        let store = try self.store()
        let upstream = ScriptedLookupService()
        let lookup = self.lookups(["a@x.co"])
        _ = try await StoredLookupService(
            upstream: upstream, scopes: [.init(store: store, name: "cache")], namespace: "n", now: { 1_000 }
        ).lookUp(lookup, selection: .default)
        _ = try await StoredLookupService(
            upstream: upstream, scopes: [.init(store: store, name: "cache", maximumAge: 500)], namespace: "n",
            now: { 1_600 }
        ).lookUp(lookup, selection: .default)
        _ = try await StoredLookupService(
            upstream: upstream, scopes: [.init(store: store, name: "cache", reads: false)], namespace: "n",
            now: { 1_700 }
        ).lookUp(lookup, selection: .default)
        let fresh = StoredLookupService(
            upstream: upstream, scopes: [.init(store: store, name: "cache", maximumAge: 500)], namespace: "n",
            now: { 1_800 }
        )
        _ = try await fresh.lookUp(lookup, selection: .default)

        #expect(upstream.lookups.count == 3)
        #expect(fresh.storedAnswers == 1)
    }

    @Test func aDiscardedStoreLeavesNoFileAndRefusesFurtherUse() async throws {
        let path = self.directory.appendingPathComponent("discarded.sqlite").path
        let store = try OutcomeStore(path: path)
        let service = StoredLookupService(
            upstream: ScriptedLookupService(), scopes: [.init(store: store, name: "run:1")], namespace: "n")
        _ = try await service.lookUp(self.lookups(["a@x.co", "b@x.co"]), selection: .default)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))

        try store.discard()

        for file in [path, path + "-wal", path + "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: file), "\(file) is left")
        }
        #expect(throws: EnrichmentError.self) { try store.count(scope: "run:1") }
        #expect(try OutcomeStore(path: path).count(scope: "run:1") == 0)
    }

    @Test func theWALIsCopiedIntoTheFileAndStartsOverOnceItReachesTheMark() throws {
        let path = self.directory.appendingPathComponent("checkpointed.sqlite").path
        let store = try OutcomeStore(path: path, checkpointFrames: 50)
        var longestWAL = 0
        for index in 0..<300 {
            try store.store(OutcomeStore.encode([(key: "k\(index)", outcome: .notFound)]), scope: "run:1", now: 0)
            longestWAL = max(longestWAL, store.walFrames)
            store.waitForCheckpoint()
        }

        #expect(longestWAL >= 50, "the mark was reached")
        #expect(longestWAL < 60, "the WAL started over after each checkpoint")
        let fileSize = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(fileSize > 4 * 4096, "the answers were copied into the file")
        #expect(try store.count(scope: "run:1") == 300)
    }

    @Test func aCacheThatCannotBeWrittenLeavesTheAnswersAndAJournalThatCannotFailsThem() async throws {
        let cache = try OutcomeStore(path: self.directory.appendingPathComponent("gone.sqlite").path)
        // A discarded store throws on every read and write.
        try cache.discard()
        let journal = try self.store()
        let service = StoredLookupService(
            upstream: ScriptedLookupService(),
            scopes: [.init(store: journal, name: "run:1"), .init(store: cache, name: "cache", required: false)],
            namespace: "n"
        )
        let answer = try await service.lookUp(self.lookups(["a@x.co", "b@x.co"]), selection: .default)
        let later = try await service.lookUp(self.lookups(["c@x.co"]), selection: .default)

        #expect((answer.outcomes + later.outcomes).allSatisfy { if case .failed = $0 { false } else { true } })
        #expect(try journal.count(scope: "run:1") == 3)
        #expect(service.skippedStoreErrors.count == 4, "three failed reads and one failed write, then no more writes")
        #expect(service.skippedStoreErrors.first?.contains("gone.sqlite") == true)

        let required = StoredLookupService(
            upstream: ScriptedLookupService(), scopes: [.init(store: cache, name: "run:2")], namespace: "n")
        await #expect(throws: EnrichmentError.self) {
            try await required.lookUp(self.lookups(["c@x.co"]), selection: .default)
        }
    }

    @Test func aCacheLockedByAnotherProcessCostsOneWaitAndIsStillRead() async throws {
        let path = self.directory.appendingPathComponent("locked.sqlite").path
        let cache = try OutcomeStore(path: path, busyTimeout: .milliseconds(50))
        let stored = StoredLookupService(
            upstream: ScriptedLookupService(), scopes: [.init(store: cache, name: "cache")], namespace: "n")
        let before = try await stored.lookUp(self.lookups(["z@x.co"]), selection: .default)
        // Another connection's write transaction holds the write lock for as long as the test runs; reads go on.
        let holder = try SQLiteDatabase(path: path)
        try holder.execute("BEGIN IMMEDIATE")
        let journal = try self.store()
        let upstream = ScriptedLookupService()
        let service = StoredLookupService(
            upstream: upstream,
            scopes: [.init(store: journal, name: "run:1"), .init(store: cache, name: "cache", required: false)],
            namespace: "n"
        )
        for email in ["a@x.co", "b@x.co", "c@x.co", "z@x.co"] {
            let answer = try await service.lookUp(self.lookups([email]), selection: .default)
            #expect(answer.outcomes.count == 1 && answer.outcomes.allSatisfy { if case .failed = $0 { false } else { true } })
            if email == "z@x.co" {
                #expect(answer.outcomes == before.outcomes && answer.requests == 0, "answered from the locked cache")
            }
        }
        try holder.execute("COMMIT")

        #expect(upstream.lookups == self.lookups(["a@x.co", "b@x.co", "c@x.co"]))
        #expect(try journal.count(scope: "run:1") == 3)
        #expect(service.skippedStoreErrors.count == 1, "only the first write waited for the lock")
        #expect(service.skippedStoreErrors.first?.contains("locked") == true)
        #expect(try cache.count(scope: "cache") == 1)
    }

    @Test func aRestartedStoreStartsEmpty() async throws {
        let path = self.directory.appendingPathComponent("restarted.sqlite").path
        do {
            let service = StoredLookupService(
                upstream: ScriptedLookupService(), scopes: [.init(store: try OutcomeStore(path: path), name: "run:1")],
                namespace: "n"
            )
            _ = try await service.lookUp(self.lookups(["a@x.co", "b@x.co"]), selection: .default)
        }
        #expect(try OutcomeStore(path: path).count(scope: "run:1") == 2)

        #expect(try OutcomeStore(path: path, restart: true).count(scope: "run:1") == 0)
        #expect(try OutcomeStore(path: path).count(scope: "run:1") == 0, "the answers are gone from the file")
    }
}
