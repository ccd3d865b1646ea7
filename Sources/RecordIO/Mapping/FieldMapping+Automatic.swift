extension FieldMapping {
    /// The mapping for an input with these field names: `overrides` first (by exact name, else ignoring case, spaces
    /// and punctuation), then each canonical field's best synonym found among the names; a field is used at most once.
    ///
    /// Throws when an override names a field the input does not have, listing the fields it does have.
    public static func automatic(
        for names: [String], overrides: [CanonicalField: String] = [:], file: String = "the input"
    ) throws -> FieldMapping {
        let byNormalized = Self.byNormalized(names)
        for (field, wanted) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where Self.find(wanted, in: names, byNormalized) == nil {
            throw RecordIOError.invalidMapping(
                "--map \(field.rawValue)=\(wanted): \(file) has no field '\(wanted)'; its fields are: "
                    + names.map { "'\($0)'" }.joined(separator: ", ")
            )
        }
        return Self.made(for: names, overrides: overrides)
    }

    /// The mapping for these names, with the overrides they have.
    static func made(for names: [String], overrides: [CanonicalField: String]) -> FieldMapping {
        var columns: [CanonicalField: String] = [:]
        var used: Set<String> = []
        let byNormalized = Self.byNormalized(names)
        for (field, wanted) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let name = Self.find(wanted, in: names, byNormalized) else { continue }
            columns[field] = name
            used.insert(name)
        }
        for (field, synonyms) in HeaderSynonyms.table where columns[field] == nil {
            if let name = synonyms.lazy.compactMap({ byNormalized[$0] }).first(where: { !used.contains($0) }) {
                columns[field] = name
                used.insert(name)
            }
        }
        return FieldMapping(columns: columns)
    }

    /// The overrides whose field is among `names`.
    static func overridesFound(_ overrides: [CanonicalField: String], in names: [String]) -> Set<CanonicalField> {
        let byNormalized = Self.byNormalized(names)
        return Set(overrides.filter { Self.find($0.value, in: names, byNormalized) != nil }.keys)
    }

    /// The names by their normalized spelling, the first one of each.
    private static func byNormalized(_ names: [String]) -> [String: String] {
        Dictionary(names.map { (HeaderSynonyms.normalize($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name an override means: the exact one, else the one equal ignoring case, spaces and punctuation.
    private static func find(_ wanted: String, in names: [String], _ byNormalized: [String: String]) -> String? {
        names.contains(wanted) ? wanted : byNormalized[HeaderSynonyms.normalize(wanted)]
    }

    /// The record reduced to its mapped fields under their canonical names, in `CanonicalField` order.
    public func canonicalRecord(from record: Record) -> Record {
        let columns = self.resolved(for: record).columns
        var canonical = Record(names: [], values: [], position: record.position)
        for field in CanonicalField.allCases {
            guard let name = columns[field] else { continue }
            canonical.append(field.rawValue, record[name] ?? "")
        }
        return canonical
    }
}
