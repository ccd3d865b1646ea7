import GraphQL

/// The fields a document selects below some fields, with inline fragments and fragment spreads flattened: what the
/// credit rules look at, because LeadIQ bills the selection set rather than the data that happens to exist.
struct SelectedFields {
    private let fields: [Field]
    private let fragments: [String: FragmentDefinition]

    init(_ fields: [Field], fragments: [String: FragmentDefinition]) {
        self.fields = fields
        self.fragments = fragments
    }

    /// The names selected directly below these fields.
    var names: Set<String> {
        Set(self.children.map(\.name.value))
    }

    /// The selections of every child field called `name`, merged (a document may select it twice through fragments).
    func child(_ name: String) -> SelectedFields {
        SelectedFields(self.children.filter { $0.name.value == name }, fragments: self.fragments)
    }

    private var children: [Field] {
        self.fields.flatMap { field in
            field.selectionSet.map { self.flatten($0.selections) } ?? []
        }
    }

    private func flatten(_ selections: [Selection]) -> [Field] {
        selections.flatMap { selection -> [Field] in
            if let field = selection as? Field {
                return [field]
            }
            if let inline = selection as? InlineFragment {
                return self.flatten(inline.selectionSet.selections)
            }
            if let spread = selection as? FragmentSpread, let fragment = self.fragments[spread.name.value] {
                return self.flatten(fragment.selectionSet.selections)
            }
            return []
        }
    }
}
