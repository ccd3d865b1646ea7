extension FieldMapping {
    /// The mapping for an input with these field names: `overrides` first (by exact name, else ignoring case, spaces
    /// and punctuation), then each canonical field's best synonym found among the names; a field is used at most once.
    ///
    /// Throws when an override names a field the input does not have, listing the fields it does have.
    public static func automatic(
        for names: [String], overrides: [CanonicalField: String] = [:], file: String = "the input"
    ) throws -> FieldMapping {
        let (mapping, found) = Self.made(for: names, overrides: overrides)
        for (field, wanted) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where !found.contains(field) {
            throw RecordIOError.invalidMapping(
                "--map \(field.rawValue)=\(wanted): \(file) has no field '\(wanted)'; its fields are: "
                    + names.map { "'\($0)'" }.joined(separator: ", ")
            )
        }
        return mapping
    }

    /// The mapping for these names, with the overrides they have; and which overrides those are.
    static func made(
        for names: [String], overrides: [CanonicalField: String]
    ) -> (mapping: FieldMapping, found: Set<CanonicalField>) {
        var columns: [CanonicalField: String] = [:]
        var used: Set<String> = []
        let byNormalized = Dictionary(
            names.map { (HeaderSynonyms.normalize($0), $0) }, uniquingKeysWith: { first, _ in first }
        )
        for (field, wanted) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            // The exact name, else the one equal ignoring case, spaces and punctuation.
            guard let name = names.contains(wanted) ? wanted : byNormalized[HeaderSynonyms.normalize(wanted)] else {
                continue
            }
            columns[field] = name
            used.insert(name)
        }
        let found = Set(columns.keys)
        for (field, synonyms) in HeaderSynonyms.table where columns[field] == nil {
            if let name = synonyms.lazy.compactMap({ byNormalized[$0] }).first(where: { !used.contains($0) }) {
                columns[field] = name
                used.insert(name)
            }
        }
        return (FieldMapping(columns: columns), found)
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
