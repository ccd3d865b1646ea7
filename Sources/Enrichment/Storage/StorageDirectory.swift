import Foundation

/// The directory where what outlives a run is kept, and its layout: the lookup cache, the journal of every run that has
/// not finished, and the locks of runs under way.
///
/// A run's files are named by its run id: `locks/<id>.lock` while it works, `journals/<id>.sqlite` until it finishes,
/// and for `enrich --list` also the list save's journal, `journals/<id>-list.sqlite`, under the same lock.
public struct StorageDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var cachePath: String { self.path + "/cache.sqlite" }

    /// The lookup cache's size on disk; `nil` when there is no cache yet.
    public var cacheBytes: Int64? {
        FileManager.default.fileExists(atPath: self.cachePath) ? Self.bytes(self.cachePath) : nil
    }

    public var lockDirectory: String { self.path + "/locks" }

    private var journalDirectory: String { self.path + "/journals" }

    /// The journal of the run (enrichment or push) named `runID`.
    public func journalPath(_ runID: String) -> String { self.journalDirectory + "/" + runID + ".sqlite" }

    /// The id under which the enrichment run named `runID` journals its list save, guarded by that run's lock.
    public static func listSaveID(_ runID: String) -> String { runID + Self.listSuffix }

    private static let listSuffix = "-list"

    /// The one journal every run shared before runs had files of their own; nothing reads it any more.
    private var sharedJournalPath: String { self.path + "/journal.sqlite" }

    /// A journal left by a run that has not finished: interrupted, or under way.
    public struct Journal: Sendable {
        /// The id of the run whose lock guards the journal.
        public var runID: String
        public var path: String
        /// With its WAL and shared-memory files.
        public var bytes: Int64
        public var modified: Date
    }

    /// The journals in the directory, oldest first; the shared journal of earlier versions is one of them, guarded by
    /// no lock. A journal deleted while it is listed (its run just finished) is left out.
    public func journals() -> [Journal] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: self.journalDirectory)) ?? []
        var journals = names.filter { $0.hasSuffix(".sqlite") }.compactMap { name in
            let file = String(name.dropLast(".sqlite".count))
            let runID = file.hasSuffix(Self.listSuffix) ? String(file.dropLast(Self.listSuffix.count)) : file
            return Self.journal(runID: runID, path: self.journalDirectory + "/" + name)
        }
        if let shared = Self.journal(runID: "", path: self.sharedJournalPath) {
            journals.append(shared)
        }
        return journals.sorted { $0.modified < $1.modified }
    }

    /// Deletes the journals of runs that are not under way, each while holding its run's lock so that no run can start
    /// on it meanwhile; the journals of runs under way are left and returned.
    public func removeInterruptedJournals() throws -> (removed: [Journal], underWay: [Journal]) {
        var removed: [Journal] = []
        var underWay: [Journal] = []
        for journal in self.journals() {
            let lock: RunLock?
            do {
                lock = journal.runID.isEmpty ? nil : try RunLock(directory: self.lockDirectory, runID: journal.runID)
            } catch let error as EnrichmentError where error.isRunInProgress {
                underWay.append(journal)
                continue
            }
            defer { lock?.release() }
            try SQLiteDatabase.remove(at: journal.path)
            removed.append(journal)
        }
        return (removed, underWay)
    }

    private static func journal(runID: String, path: String) -> Journal? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Journal(
            runID: runID, path: path, bytes: Self.bytes(path),
            modified: attributes[.modificationDate] as? Date ?? .distantPast
        )
    }

    /// The size of the database at `path` with its WAL and shared-memory files.
    private static func bytes(_ path: String) -> Int64 {
        SQLiteDatabase.files(at: path).reduce(Int64(0)) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber
            return total + (size?.int64Value ?? 0)
        }
    }
}
