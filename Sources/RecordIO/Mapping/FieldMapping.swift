/// Which input field holds each canonical contact field.
public struct FieldMapping: Sendable, Equatable {
    /// Canonical field → the input's own field name.
    public var columns: [CanonicalField: String]

    public init(columns: [CanonicalField: String] = [:]) {
        self.columns = columns
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
