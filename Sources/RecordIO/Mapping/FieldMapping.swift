import Synchronization

/// Which input field holds each canonical contact field.
///
/// Made once from a header every record shares (CSV, XLSX), or, for inputs whose records may each hold other fields
/// (JSON Lines, XML), made for each record from its own names (`perRecord(overrides:)`, then `resolved(for:)`).
public struct FieldMapping: Sendable, Equatable {
    /// Canonical field → the input's own field name.
    public var columns: [CanonicalField: String]
    /// For a mapping made record by record: the `--map` choices, and the last record's names with their mapping.
    private let perRecord: PerRecord?

    public init(columns: [CanonicalField: String] = [:]) {
        self.columns = columns
        self.perRecord = nil
    }

    /// A mapping made for each record from its own names, `overrides` first where the record has them.
    public static func perRecord(overrides: [CanonicalField: String]) -> FieldMapping {
        FieldMapping(perRecord: PerRecord(overrides: overrides))
    }

    private init(perRecord: PerRecord) {
        self.columns = [:]
        self.perRecord = perRecord
    }

    /// Whether each record is mapped from its own names.
    public var isPerRecord: Bool { self.perRecord != nil }

    /// The mapping for `record`: this one, or the one its own names give. Records in a row with the same names (the
    /// usual case) share one.
    public func resolved(for record: Record) -> FieldMapping {
        guard let perRecord = self.perRecord else { return self }
        return perRecord.last.withLock { last in
            if let last, last.names == record.names { return last.mapping }
            let (mapping, found) = Self.made(for: record.names, overrides: perRecord.overrides)
            last = (record.names, mapping)
            perRecord.found.withLock { $0.formUnion(found) }
            return mapping
        }
    }

    /// The `--map` choices of a mapping made record by record that no record mapped so far had a field for: most
    /// likely misspelt, since they could not be checked against a header.
    public var overridesNeverFound: [CanonicalField: String] {
        guard let perRecord = self.perRecord else { return [:] }
        let found = perRecord.found.withLock { $0 }
        return perRecord.overrides.filter { !found.contains($0.key) }
    }

    public static func == (lhs: FieldMapping, rhs: FieldMapping) -> Bool {
        lhs.columns == rhs.columns && lhs.perRecord?.overrides == rhs.perRecord?.overrides
    }

    private final class PerRecord: Sendable {
        let overrides: [CanonicalField: String]
        let last = Mutex<(names: [String], mapping: FieldMapping)?>(nil)
        let found = Mutex<Set<CanonicalField>>([])

        init(overrides: [CanonicalField: String]) {
            self.overrides = overrides
        }
    }

    /// The record's value for `field`, trimmed; `nil` when unmapped, absent or blank.
    public func value(_ field: CanonicalField, in record: Record) -> String? {
        guard let name = self.columns[field], let raw = record[name] else { return nil }
        let trimmed = raw.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (Foundation-free, for hot paths).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = self.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = self.lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
