import Foundation
import LeadIQ
import Synchronization

/// A SQLite table of lookup answers, shared by the persistent cache and the per-run journal.
///
/// Rows are keyed by a scope (`cache`, or `run:<id>` for a journal) and the lookup's stable key. Each batch's answers
/// are committed together as they arrive, in WAL mode, so a crash loses at most the lookups still in flight.
public final class OutcomeStore: Sendable {
    private let database: Mutex<SQLiteDatabase>
    private let path: String
    private let busyTimeout: Duration
    /// The WAL is copied into the file once it is this many frames long.
    private let checkpointFrames: Int
    /// Where the WAL is copied into the file, on a second connection of its own (opened on first use). SQLite would
    /// do it in the commit that crossed the mark, holding `database`: its two fsyncs (14 – 19 ms here, about once a
    /// second at 320 lookups/s) held up every lookup waiting to commit.
    private let checkpoints = DispatchQueue(label: "leadiq.outcome-store.checkpoint")
    private let checkpointer = Mutex<SQLiteDatabase?>(nil)
    private let checkpointPending = Atomic<Bool>(false)

    /// Opens (creating when needed) the store at `path`; `restart` deletes what the file held first, for a journal
    /// whose run starts over. A read or write waits up to `busyTimeout` for another process's write to finish: the
    /// wait blocks the calling thread, one of Swift's few cooperative threads. `checkpointFrames` defaults to SQLite's
    /// own mark, about 4 MB of WAL.
    public init(
        path: String, restart: Bool = false, busyTimeout: Duration = .seconds(5), checkpointFrames: Int = 1000
    ) throws {
        let database = try SQLiteDatabase(path: path, discardingExisting: restart, busyTimeout: busyTimeout)
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS outcomes (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                outcome BLOB NOT NULL,
                stored_at INTEGER NOT NULL,
                PRIMARY KEY (scope, key)
            ) WITHOUT ROWID
            """
        )
        database.checkpointsElsewhere()
        self.database = Mutex(database)
        self.path = path
        self.busyTimeout = busyTimeout
        self.checkpointFrames = checkpointFrames
    }

    /// The stored answer, unless it is older than `maximumAge` seconds.
    func outcome(scope: String, key: String, maximumAge: Int64? = nil, now: Int64) throws -> LookupOutcome? {
        var found: Data?
        try self.database.withLock { database in
            try database.query(
                "SELECT outcome, stored_at FROM outcomes WHERE scope = ? AND key = ?",
                [.text(scope), .text(key)]
            ) { row in
                if let maximumAge, now - row.integer(1) > maximumAge { return }
                found = row.blob(0)
            }
        }
        guard let found else { return nil }
        return try JSONDecoder().decode(StoredOutcome.self, from: found).outcome
    }

    /// Answers by their keys in the form they are stored in, encoded once for every store they go to. Failures are
    /// left out, since they say nothing about the person, and so are previews' verdicts.
    struct EncodedAnswers {
        fileprivate let rows: [(key: String, data: Data)]
    }

    static func encode(_ answers: [(key: String, outcome: LookupOutcome)]) throws -> EncodedAnswers {
        let encoder = JSONEncoder()
        return EncodedAnswers(
            rows: try answers.compactMap { answer in
                try StoredOutcome(answer.outcome).map { (key: answer.key, data: try encoder.encode($0)) }
            }
        )
    }

    /// Stores answers under `scope` in one transaction.
    func store(_ answers: EncodedAnswers, scope: String, now: Int64) throws {
        let rows = answers.rows
        guard !rows.isEmpty else { return }
        let walFrames = try self.database.withLock { database in
            try database.transaction {
                for row in rows {
                    try database.query(
                        "INSERT OR REPLACE INTO outcomes (scope, key, outcome, stored_at) VALUES (?, ?, ?, ?)",
                        [.text(scope), .text(row.key), .blob(row.data), .integer(now)]
                    )
                }
            }
            return database.walFrames
        }
        if walFrames >= self.checkpointFrames,
            self.checkpointPending.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
        {
            self.checkpoints.async { self.checkpoint() }
        }
    }

    /// Copies the WAL into the file, most of it while lookups go on committing; only what they committed meanwhile
    /// is copied holding their lock, so that the next commit starts the WAL over and it stays `checkpointFrames`
    /// long, give or take one checkpoint's worth of commits.
    ///
    /// The answers are committed whatever happens here: a checkpoint that fails leaves the WAL to the next one.
    private func checkpoint() {
        defer { self.checkpointPending.store(false, ordering: .relaxed) }
        self.checkpointer.withLock { checkpointer in
            if checkpointer == nil {
                checkpointer = try? SQLiteDatabase(path: self.path, busyTimeout: self.busyTimeout)
            }
            try? checkpointer?.checkpoint()
        }
        self.database.withLock { try? $0.checkpoint() }
    }

    /// Waits for a checkpoint under way to finish.
    func waitForCheckpoint() {
        self.checkpoints.sync {}
    }

    /// The WAL's length in frames after the last commit.
    var walFrames: Int {
        self.database.withLock { $0.walFrames }
    }

    /// Answers stored under `scope`.
    public func count(scope: String) throws -> Int {
        var count = 0
        try self.database.withLock { database in
            try database.query("SELECT COUNT(*) FROM outcomes WHERE scope = ?", [.text(scope)]) { row in
                count = Int(row.integer(0))
            }
        }
        return count
    }

    /// Forgets every answer and gives the space back to the file system (`leadiq cache --clear-cache`). A run using
    /// the store meanwhile waits for it like for any write, up to its busy timeout, and past that stops writing to
    /// the cache (it is not a required store).
    public func removeAll() throws {
        try self.database.withLock { database in
            try database.execute("DELETE FROM outcomes")
            try database.execute("VACUUM")
            try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Closes the store and deletes its file: a finished run's journal, which nothing will read again.
    public func discard() throws {
        self.waitForCheckpoint()
        self.checkpointer.withLock { $0?.close() }
        try self.database.withLock { try $0.discard() }
    }
}

/// The Codable form of an answer worth keeping. A preview's verdict is not kept: it is free to ask again, and a run
/// without `--preview` must not find it in place of the answer it pays for.
private enum StoredOutcome: Codable {
    case person(PersonRecord)
    case company(CompanyInfo)
    case emailVerification(EmailVerification)
    case notFound

    init?(_ outcome: LookupOutcome) {
        switch outcome {
        case .person(let person): self = .person(person)
        case .company(let company): self = .company(company)
        case .emailVerification(let verification): self = .emailVerification(verification)
        case .notFound: self = .notFound
        case .previewEmpty, .failed: return nil
        }
    }

    var outcome: LookupOutcome {
        switch self {
        case .person(let person): .person(person)
        case .company(let company): .company(company)
        case .emailVerification(let verification): .emailVerification(verification)
        case .notFound: .notFound
        }
    }
}
