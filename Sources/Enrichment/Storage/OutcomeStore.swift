import Foundation
import LeadIQ
import Synchronization

/// A SQLite table of lookup answers, shared by the persistent cache and the per-run journal.
///
/// Rows are keyed by a scope (`cache`, or `run:<id>` for a journal) and the lookup's stable key. Each batch's answers
/// are committed together as they arrive, in WAL mode, so a crash loses at most the lookups still in flight.
public final class OutcomeStore: Sendable {
    private let database: Mutex<SQLiteDatabase>

    /// Opens (creating when needed) the store at `path`; `restart` deletes what the file held first, for a journal
    /// whose run starts over. A read or write waits up to `busyTimeout` for another process's write to finish: the
    /// wait blocks the calling thread, one of Swift's few cooperative threads.
    public init(path: String, restart: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
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
        self.database = Mutex(database)
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
        try self.database.withLock { database in
            try database.transaction {
                for row in rows {
                    try database.query(
                        "INSERT OR REPLACE INTO outcomes (scope, key, outcome, stored_at) VALUES (?, ?, ?, ?)",
                        [.text(scope), .text(row.key), .blob(row.data), .integer(now)]
                    )
                }
            }
        }
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
