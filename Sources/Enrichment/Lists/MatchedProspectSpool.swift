import Foundation
import LeadIQ
import RecordIO

/// The matched people of an enrichment run, kept on disk as prospects until the run is over and they can be saved to
/// a list: memory stays flat however many rows match, and nothing is created in LeadIQ before the enrichment is
/// complete.
///
/// A row whose person the published schema cannot take (no last name, say) is kept with the reason, so the push
/// accounts for it.
public final class MatchedProspectSpool: MatchedRowConsumer {
    /// One spooled row: where it came from, and its prospect or why it has none.
    public struct Entry: Sendable {
        public var position: SourcePosition
        public var mapped: MappedProspect
    }

    private let database: SQLiteDatabase
    private let encoder = JSONEncoder()

    /// A new, empty spool in a file of its own under `directory`, removed when the spool is released.
    public init(directory: String = NSTemporaryDirectory()) throws {
        let path = (directory as NSString).appendingPathComponent("leadiq-matched-\(UUID().uuidString).sqlite")
        self.database = try SQLiteDatabase(path: path)
        try self.database.execute(
            """
            CREATE TABLE rows (
                sequence INTEGER PRIMARY KEY,
                file TEXT NOT NULL,
                line INTEGER NOT NULL,
                prospect BLOB,
                reason TEXT,
                person_id TEXT
            )
            """
        )
        try self.database.execute("CREATE UNIQUE INDEX person ON rows (person_id)")
    }

    deinit {
        try? self.database.discard()
    }

    public func consume(_ record: Record, match: LookupOutcome) throws {
        guard case .person(let person) = match else { return }
        var prospect = SQLiteValue.null
        var reason = SQLiteValue.null
        var personID = person.id.map(SQLiteValue.text) ?? .null
        if let id = person.id, let first = try self.line(of: id) {
            // A list holds each person once; the row that matched them first saves them.
            reason = .text("the same person as line \(first), saved once")
            personID = .null
        } else {
            switch MappedProspect.enriched(person) {
            case .prospect(let input, _): prospect = .blob(try self.encoder.encode(input))
            case .skipped(let why): reason = .text(why)
            }
        }
        try self.database.query(
            "INSERT INTO rows (file, line, prospect, reason, person_id) VALUES (?, ?, ?, ?, ?)",
            [.text(record.position.file), .integer(Int64(record.position.line)), prospect, reason, personID]
        )
    }

    /// The line of the row that spooled this person, if one did.
    private func line(of personID: String) throws -> Int? {
        var line: Int?
        try self.database.query("SELECT line FROM rows WHERE person_id = ?", [.text(personID)]) { row in
            line = Int(row.integer(0))
        }
        return line
    }

    /// Up to `limit` entries after `sequence` (0 for the first), in the order they were spooled, with the sequence
    /// number to continue from.
    func entries(after sequence: Int64, limit: Int) throws -> (entries: [Entry], last: Int64) {
        var entries: [Entry] = []
        var last = sequence
        let decoder = JSONDecoder()
        try self.database.query(
            "SELECT sequence, file, line, prospect, reason FROM rows WHERE sequence > ? ORDER BY sequence LIMIT ?",
            [.integer(sequence), .integer(Int64(limit))]
        ) { row in
            last = row.integer(0)
            let position = SourcePosition(file: row.text(1) ?? "", line: Int(row.integer(2)), index: Int(last - 1))
            let mapped: MappedProspect =
                if let reason = row.text(4) {
                    .skipped(reason: reason)
                } else {
                    .prospect(try decoder.decode(ProspectInput.self, from: row.blob(3)), notes: [])
                }
            entries.append(Entry(position: position, mapped: mapped))
        }
        return (entries, last)
    }
}
