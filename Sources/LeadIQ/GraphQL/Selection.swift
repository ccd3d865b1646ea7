/// One field of a GraphQL selection set with its own sub-selection.
///
/// Data points are written as separate selections and merged, so two data points that both need `currentPositions`
/// select it once, and a document carries exactly the union of what was asked for.
struct Selection: Sendable, Equatable, ExpressibleByStringLiteral {
    var name: String
    var children: [Selection]

    init(_ name: String, _ children: [Selection] = []) {
        self.name = name
        self.children = children
    }

    init(stringLiteral name: String) {
        self.init(name)
    }

    /// Unites selection sets field by field, keeping the order in which fields first appear.
    static func merge(_ sets: [[Selection]]) -> [Selection] {
        var merged: [Selection] = []
        for selection in sets.joined() {
            if let index = merged.firstIndex(where: { $0.name == selection.name }) {
                merged[index].children = merge([merged[index].children, selection.children])
            } else {
                merged.append(Selection(selection.name, merge([selection.children])))
            }
        }
        return merged
    }

    /// `{ a b { c } }`.
    static func render(_ set: [Selection]) -> String {
        "{ " + set.map { $0.children.isEmpty ? $0.name : "\($0.name) \(render($0.children))" }.joined(separator: " ")
            + " }"
    }
}
