/// One input row: its field names and values in input order, and where it came from.
///
/// Names and values are parallel arrays. Readers of header-based formats (CSV, XLSX) hand every record the same `names`
/// array, which copy-on-write shares, so a record costs only its values.
public struct Record: Sendable, Equatable {
    public var names: [String]
    public var values: [String]
    public var position: SourcePosition
    /// Indices of values that are JSON text rather than strings: numbers, booleans, arrays, empty objects from a JSON
    /// Lines input (`null` is kept as an empty value here). The JSON Lines writer writes these back as they were, so
    /// JSONL → JSONL keeps types; every other writer treats them as plain text.
    public var jsonLiterals: Set<Int>

    public init(names: [String], values: [String], position: SourcePosition, jsonLiterals: Set<Int> = []) {
        precondition(names.count == values.count, "a record needs one value per name")
        self.names = names
        self.values = values
        self.position = position
        self.jsonLiterals = jsonLiterals
    }

    /// A record of the fields `names` with every value empty: what a header with no rows stands for, so that an output
    /// that gets no record can still name its columns as a record would have them.
    public init(blankWith names: [String], position: SourcePosition) {
        self.init(names: names, values: names.map { _ in "" }, position: position)
    }

    /// The value of the first field called `name`, if any.
    public subscript(name: String) -> String? {
        guard let index = self.names.firstIndex(of: name) else { return nil }
        return self.values[index]
    }

    /// Appends a field after the input's own, keeping their order.
    public mutating func append(_ name: String, _ value: String) {
        self.names.append(name)
        self.values.append(value)
    }

    /// Sets the first field called `name` to the string `value`, or appends the field when there is none: how a
    /// stage that adds its own fields replaces them in a record that already went through it once.
    public mutating func set(_ name: String, _ value: String) {
        guard let index = self.names.firstIndex(of: name) else {
            self.append(name, value)
            return
        }
        self.values[index] = value
        self.jsonLiterals.remove(index)
    }

    /// Appends a field whose value is JSON text (a number, `true`, an array…) that the JSON Lines writer writes as is;
    /// the caller vouches that `json` is valid JSON.
    public mutating func append(_ name: String, json: String) {
        self.jsonLiterals.insert(self.values.count)
        self.append(name, json)
    }
}
