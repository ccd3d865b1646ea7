import Foundation

/// The data points a person lookup asks for. The selection set is the bill: LeadIQ charges only what a document selects.
public struct FieldSelection: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Name, title, seniority, function, LinkedIn URL, employer name and domain.
    public static let profile = FieldSelection(rawValue: 1 << 0)
    /// Work emails with their verification status.
    public static let email = FieldSelection(rawValue: 1 << 1)
    /// Work and personal phones.
    public static let phone = FieldSelection(rawValue: 1 << 2)
    /// Company firmographics beyond id, name and domain.
    public static let company = FieldSelection(rawValue: 1 << 3)

    public static let `default`: FieldSelection = [.profile, .email]

    /// The names users type (`--fields profile,email`), in a stable order.
    public static let names: [(String, FieldSelection)] = [
        ("profile", .profile), ("email", .email), ("phone", .phone), ("company", .company),
    ]

    /// Parses a comma-separated list of names; `nil` when one is unknown or the list is empty.
    public init?(names text: String) {
        var selection: FieldSelection = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let match = Self.names.first(where: { $0.0 == name }) else { return nil }
            selection.insert(match.1)
        }
        guard !selection.isEmpty else { return nil }
        self = selection
    }

    /// What one matched person costs at most with this selection, with `companies` current positions' firmographics.
    ///
    /// Published rules: profile 0.1, email 1, phone 10, and a larger unlock replaces the profile fee rather than adding
    /// to it (email + phone = 11); company data 3 per company returned.
    public func personCost(companies: Int = 1) -> Credits {
        var tenths = 0
        if self.contains(.email) { tenths += 10 }
        if self.contains(.phone) { tenths += 100 }
        if tenths == 0 && self.contains(.profile) { tenths = 1 }
        if self.contains(.company) { tenths += 30 * companies }
        return Credits(tenths: tenths)
    }
}

/// An amount of LeadIQ universal credits, kept in tenths so that 0.1-credit data points add up exactly.
public struct Credits: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var tenths: Int

    public init(tenths: Int) {
        self.tenths = tenths
    }

    public init(whole: Int) {
        self.tenths = whole * 10
    }

    public static let zero = Credits(tenths: 0)

    /// In JSON a plain number of credits, `3.1`, as LeadIQ's pricing states them.
    public init(from decoder: any Decoder) throws {
        let credits = try decoder.singleValueContainer().decode(Double.self)
        self.tenths = Int((credits * 10).rounded())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Double(self.tenths) / 10)
    }

    public static func + (lhs: Credits, rhs: Credits) -> Credits { Credits(tenths: lhs.tenths + rhs.tenths) }
    public static func += (lhs: inout Credits, rhs: Credits) { lhs.tenths += rhs.tenths }
    public static func - (lhs: Credits, rhs: Credits) -> Credits { Credits(tenths: lhs.tenths - rhs.tenths) }
    public static func < (lhs: Credits, rhs: Credits) -> Bool { lhs.tenths < rhs.tenths }
    public static func * (lhs: Credits, count: Int) -> Credits { Credits(tenths: lhs.tenths * count) }

    /// `12`, `0.1`, `11.5`.
    public var description: String {
        let whole = self.tenths / 10
        let fraction = abs(self.tenths % 10)
        return fraction == 0 ? "\(whole)" : "\(self.tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }
}
