import Enrichment
import Foundation
import LeadIQ
import Testing

@Suite struct StorageDirectoryTests {
    let directory = StorageDirectory(
        path: FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-storage-\(UUID().uuidString)").path
    )

    func journal(_ runID: String) throws {
        _ = try PushJournal(path: self.directory.journalPath(runID), runID: runID)
    }

    @Test func aListSavesJournalBelongsToItsEnrichmentRunsLock() throws {
        try self.journal("run-a")
        try self.journal(StorageDirectory.listSaveID("run-a"))
        try self.journal("run-b")
        #expect(self.directory.journals().map(\.runID).sorted() == ["run-a", "run-a", "run-b"])

        let held = try RunLock(directory: self.directory.lockDirectory, runID: "run-a")
        let (removed, underWay) = try self.directory.removeInterruptedJournals()
        held.release()
        #expect(removed.map(\.runID) == ["run-b"])
        #expect(underWay.map(\.runID) == ["run-a", "run-a"])
        #expect(self.directory.journals().count == 2)
        #expect(try RunLock(directory: self.directory.lockDirectory, runID: "run-b").previousOwner == nil,
            "the lock taken to delete a journal is released clean")
    }

    @Test func clearingTheCacheForgetsEveryAnswer() async throws {
        let store = try OutcomeStore(path: self.directory.cachePath)
        let service = StoredLookupService(
            upstream: ScriptedLookupService(), scopes: [.init(store: store, name: "cache")], namespace: "n")
        let lookups = (0..<50).map { Lookup.person(SearchPeopleInput(email: "p\($0)@x.co")) }
        _ = try await service.lookUp(lookups, selection: .default)
        #expect(try store.count(scope: "cache") == 50)
        let full = try #require(self.directory.cacheBytes)

        try store.removeAll()
        #expect(try store.count(scope: "cache") == 0)
        #expect(try #require(self.directory.cacheBytes) < full, "the space is given back")
        #expect(try OutcomeStore(path: self.directory.cachePath).count(scope: "cache") == 0)
    }
}
