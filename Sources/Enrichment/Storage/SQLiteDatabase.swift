internal import CSQLite
import Foundation

/// A small synchronous wrapper over one SQLite connection: just what the lookup cache and the run journal need.
///
/// Not thread-safe on its own; its owners (`OutcomeStore`, `PushJournal`) serialise access behind a lock.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String
    /// Prepared statements by their SQL: the store runs the same few statements for every lookup, and preparing one
    /// costs more than running it.
    private var statements: [String: OpaquePointer] = [:]
    /// The WAL's length in frames after the last commit, once `checkpointsElsewhere()` asked for it.
    private var walFramesStorage: UnsafeMutablePointer<Int32>?

    /// Opens (creating when needed) the database at `path` in WAL mode, so a crash mid-write never corrupts it;
    /// `discardingExisting` deletes what was there first (a restarted run's journal: one unlink instead of rewriting
    /// every row it holds). A statement that finds the database locked by another connection retries for up to
    /// `busyTimeout` before it fails.
    init(path: String, discardingExisting: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
        if discardingExisting {
            try Self.remove(at: path)
        }
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &self.handle, flags, nil) == SQLITE_OK else {
            let message = self.handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(self.handle)
            self.handle = nil
            throw EnrichmentError.storage(path: path, message: message)
        }
        sqlite3_busy_timeout(self.handle, Int32(busyTimeout / .milliseconds(1)))
        try self.execute("PRAGMA journal_mode=WAL")
        try self.execute("PRAGMA synchronous=NORMAL")
    }

    deinit {
        self.close()
        self.walFramesStorage?.deallocate()
    }

    /// Closes the connection; the last one to a database copies its WAL into it first, unless told otherwise.
    func close() {
        for statement in self.statements.values {
            sqlite3_finalize(statement)
        }
        self.statements.removeAll()
        sqlite3_close(self.handle)
        self.handle = nil
    }

    /// Stops this connection checkpointing after its commits, and keeps count of the WAL's frames instead
    /// (`walFrames`), so that another connection can checkpoint without holding up this one's writers.
    func checkpointsElsewhere() {
        let frames = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        frames.initialize(to: 0)
        self.walFramesStorage = frames
        leadiq_sqlite3_record_wal_frames_in(self.handle, frames)
    }

    /// The WAL's length in frames after this connection's last commit; 0 unless `checkpointsElsewhere()` was called.
    var walFrames: Int { Int(self.walFramesStorage?.pointee ?? 0) }

    /// Copies what it can of the WAL into the database without waiting for anyone. Once all of it is copied, the
    /// next write starts the WAL over from its beginning.
    func checkpoint() throws {
        try self.checkOpen()
        guard sqlite3_wal_checkpoint_v2(self.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) == SQLITE_OK else {
            throw self.lastError()
        }
    }

    /// Closes the connection and deletes the database with its WAL and shared-memory files, without copying the WAL
    /// into the file first: for a journal whose run has finished, a delete instead of rewriting every row it holds.
    /// Any later use throws.
    func discard() throws {
        guard let handle = self.handle else { return }
        leadiq_sqlite3_skip_checkpoint_on_close(handle)
        self.close()
        try Self.remove(at: self.path)
    }

    /// The files a database at `path` keeps: the database with its WAL and shared-memory files.
    static func files(at path: String) -> [String] {
        [path, path + "-wal", path + "-shm"]
    }

    /// Deletes the database at `path` with its WAL and shared-memory files, if there is one; nobody may have it open.
    static func remove(at path: String) throws {
        for file in Self.files(at: path) where unlink(file) != 0 && errno != ENOENT {
            throw EnrichmentError.storage(path: file, message: String(cString: strerror(errno)))
        }
    }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws: one commit for many
    /// statements instead of one each.
    func transaction(_ body: () throws -> Void) throws {
        try self.execute("BEGIN")
        do {
            try body()
        } catch {
            try? self.execute("ROLLBACK")
            throw error
        }
        try self.execute("COMMIT")
    }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws {
        try self.checkOpen()
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(self.handle, sql, nil, nil, &errorMessage) == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(errorMessage)
            throw EnrichmentError.storage(path: self.path, message: message)
        }
    }

    /// Runs one statement with bound parameters and hands each result row to `row`.
    func query(_ sql: String, _ parameters: [SQLiteValue] = [], row: (SQLiteRow) throws -> Void = { _ in }) throws {
        let statement = try self.prepared(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, parameter) in parameters.enumerated() {
            let index = Int32(offset + 1)
            switch parameter {
            case .integer(let value):
                sqlite3_bind_int64(statement, index, value)
            case .text(let value):
                sqlite3_bind_text(statement, index, value, -1, SQLiteDatabase.transient)
            case .blob(let value):
                _ = value.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), SQLiteDatabase.transient)
                }
            case .null:
                sqlite3_bind_null(statement, index)
            }
        }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                try row(SQLiteRow(statement: statement))
            case SQLITE_DONE:
                return
            default:
                throw self.lastError()
            }
        }
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = self.statements[sql] { return statement }
        try self.checkOpen()
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(self.handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw self.lastError()
        }
        self.statements[sql] = statement
        return statement
    }

    private func checkOpen() throws {
        if self.handle == nil {
            throw EnrichmentError.storage(path: self.path, message: "the database was discarded")
        }
    }

    private func lastError() -> EnrichmentError {
        EnrichmentError.storage(path: self.path, message: String(cString: sqlite3_errmsg(self.handle)))
    }

    /// Tells SQLite to copy bound text and blobs, since Swift's buffers do not outlive the bind call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

enum SQLiteValue {
    case integer(Int64)
    case text(String)
    case blob(Data)
    case null
}

/// One result row, valid only inside the `query` callback that received it.
struct SQLiteRow {
    fileprivate let statement: OpaquePointer?

    func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(self.statement, column)
    }

    func text(_ column: Int32) -> String? {
        sqlite3_column_text(self.statement, column).map { String(cString: $0) }
    }

    func blob(_ column: Int32) -> Data {
        let count = Int(sqlite3_column_bytes(self.statement, column))
        guard count > 0, let bytes = sqlite3_column_blob(self.statement, column) else { return Data() }
        return Data(bytes: bytes, count: count)
    }
}
