/// Lays records out under a fixed header (the first record's names) for row-based writers: a later record's fields are
/// placed by name, and fields the header lacks go after its last column, never dropped.
struct HeaderAlignment {
    let header: [String]
    /// For records whose names differ from the header: the names seen last and, per column, their value index.
    private var lastNames: [String] = []
    private var lastOrder: [Int?] = []
    private let unnamedField: (@Sendable (String, SourcePosition) -> Void)?
    /// The names `unnamedField` was told of.
    private var unnamed: Set<String> = []

    init(header: [String], unnamedField: (@Sendable (String, SourcePosition) -> Void)?) {
        self.header = header
        self.unnamedField = unnamedField
    }

    /// The record's values in column order, empty where it lacks a column.
    mutating func cells(of record: Record) -> [String] {
        if record.names == self.header { return record.values }
        if record.names != self.lastNames {
            self.lastOrder = Self.order(of: record, under: self.header)
            self.lastNames = record.names
            for case let index? in self.lastOrder.dropFirst(self.header.count)
            where self.unnamed.insert(record.names[index]).inserted {
                self.unnamedField?(record.names[index], record.position)
            }
        }
        return self.lastOrder.map { $0.map { record.values[$0] } ?? "" }
    }

    /// For each header column, the index of the record's value under that name (the n-th column of a repeated name
    /// takes the n-th such field), then the indices of fields the header lacks: those are written after the last
    /// column, as the readers read a long row, rather than dropped.
    private static func order(of record: Record, under header: [String]) -> [Int?] {
        var indices: [String: [Int]] = [:]
        for (index, name) in record.names.enumerated() { indices[name, default: []].append(index) }
        var order = header.map { name -> Int? in
            guard let index = indices[name]?.first else { return nil }
            indices[name]!.removeFirst()
            return index
        }
        let placed = Set(order.compactMap { $0 })
        order += record.names.indices.filter { !placed.contains($0) }.map { Optional($0) }
        return order
    }
}
