import Foundation
import LeadIQ
import Synchronization

/// What one push has done so far, kept so that running the same push again after it was interrupted (a signal,
/// `kill -9`, a crash) continues instead of starting over: the list it created or was given, and each batch's
/// per-row outcomes. Rows of journaled batches are written again from here without being sent; only the batch that
/// was in flight is uncertain, and the pusher checks the list for it before sending.
///
/// Two tables in the push's own journal file, keyed by its run id; each entry is committed as it is made.
public final class PushJournal: Sendable {
    /// What an earlier run recorded about its list.
    struct JournaledList: Equatable {
        /// The name a run asked LeadIQ to create (`--list`), recorded before asking.
        var requestedName: String?
        /// The list's id, once known.
        var id: String?
    }

    /// A pushed batch: a digest of the prospects sent, to notice an input that changed, and their outcomes.
    struct JournaledBatch {
        var digest: String
        var outcomes: [PushOutcome]
    }

    private let database: Mutex<SQLiteDatabase>
    private let runID: String
    /// Whether an earlier run of this push left anything behind when this one started. A push records its list before
    /// it sends anything, so a run stopped during its first batch is seen too.
    public let isResuming: Bool

    /// Opens the journal at `path` for the push named `runID`, the file's only user; `restart` forgets what an earlier
    /// run recorded by deleting the file first.
    public init(path: String, runID: String, restart: Bool = false) throws {
        let database = try SQLiteDatabase(path: path, discardingExisting: restart)
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS push_lists (
                run TEXT PRIMARY KEY NOT NULL,
                requested_name TEXT,
                list_id TEXT
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS push_batches (
                run TEXT NOT NULL,
                batch INTEGER NOT NULL,
                digest TEXT NOT NULL,
                outcomes BLOB NOT NULL,
                PRIMARY KEY (run, batch)
            ) WITHOUT ROWID
            """
        )
        var found = false
        try database.query("SELECT 1 FROM push_lists WHERE run = ?", [.text(runID)]) { _ in found = true }
        self.isResuming = found
        self.runID = runID
        self.database = Mutex(database)
    }

    /// Closes the journal and deletes its file, once the push has finished.
    public func discard() throws {
        try self.database.withLock { try $0.discard() }
    }

    // MARK: The list

    func list() throws -> JournaledList? {
        var list: JournaledList?
        try self.database.withLock { database in
            try database.query(
                "SELECT requested_name, list_id FROM push_lists WHERE run = ?", [.text(self.runID)]
            ) { row in
                list = JournaledList(requestedName: row.text(0), id: row.text(1))
            }
        }
        return list
    }

    /// Records that this push is about to ask LeadIQ to create the list `name`, so a run stopped before the answer
    /// arrives knows, when run again, that a list of that name is its own.
    func recordListRequest(name: String) throws {
        try self.database.withLock { database in
            try database.query(
                "INSERT OR REPLACE INTO push_lists (run, requested_name, list_id) VALUES (?, ?, NULL)",
                [.text(self.runID), .text(name)]
            )
        }
    }

    /// Forgets a request recorded by `recordListRequest` that LeadIQ refused because the name was taken already: that
    /// list is not this push's, and a later run must not take it for its own.
    func forgetListRequest() throws {
        try self.database.withLock { database in
            try database.query("DELETE FROM push_lists WHERE run = ? AND list_id IS NULL", [.text(self.runID)])
        }
    }

    /// Records the list this push goes into.
    public func recordList(id: String) throws {
        try self.database.withLock { database in
            try database.query(
                """
                INSERT INTO push_lists (run, requested_name, list_id) VALUES (?, NULL, ?)
                ON CONFLICT (run) DO UPDATE SET list_id = excluded.list_id
                """,
                [.text(self.runID), .text(id)]
            )
        }
    }

    /// The list id an earlier run recorded.
    public func listID() throws -> String? {
        try self.list()?.id
    }

    // MARK: Batches

    func batch(_ index: Int) throws -> JournaledBatch? {
        var stored: (digest: String, outcomes: Data)?
        try self.database.withLock { database in
            try database.query(
                "SELECT digest, outcomes FROM push_batches WHERE run = ? AND batch = ?",
                [.text(self.runID), .integer(Int64(index))]
            ) { row in
                stored = (row.text(0) ?? "", row.blob(1))
            }
        }
        guard let stored else { return nil }
        return JournaledBatch(
            digest: stored.digest,
            outcomes: try JSONDecoder().decode([PushOutcome].self, from: stored.outcomes)
        )
    }

    func record(batch index: Int, digest: String, outcomes: [PushOutcome]) throws {
        let data = try JSONEncoder().encode(outcomes)
        try self.database.withLock { database in
            try database.query(
                "INSERT OR REPLACE INTO push_batches (run, batch, digest, outcomes) VALUES (?, ?, ?, ?)",
                [.text(self.runID), .integer(Int64(index)), .text(digest), .blob(data)]
            )
        }
    }

    /// Names a batch's prospects, so a journaled batch is only replayed for the same rows.
    static func digest(_ inputs: [ProspectInput]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return StableHash.hex(String(decoding: try encoder.encode(inputs), as: UTF8.self))
    }
}
