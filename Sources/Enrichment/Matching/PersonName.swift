/// A first and last name fit for a lookup, from separate fields or one full-name field.
struct PersonName: Sendable, Hashable {
    let first: String
    let last: String

    /// Both parts with runs of whitespace collapsed; `nil` when either is missing.
    init?(first: String?, last: String?) {
        guard let first = first.map(Self.collapsed), !first.isEmpty,
            let last = last.map(Self.collapsed), !last.isEmpty
        else { return nil }
        self.first = first
        self.last = last
    }

    /// Splits `Ann Smith`, `Ann Marie Smith` (first word, last word) or `Smith, Ann`; `nil` for a single word.
    init?(fullName: String) {
        let commaParts = fullName.split(separator: ",", omittingEmptySubsequences: true)
        if commaParts.count == 2 {
            self.init(first: String(commaParts[1]), last: String(commaParts[0]))
            return
        }
        let words = fullName.split(whereSeparator: { $0.isWhitespace })
        guard commaParts.count <= 1, words.count >= 2, let first = words.first, let last = words.last else {
            return nil
        }
        self.init(first: String(first), last: String(last))
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
