/// The names a header row gives its columns, made distinct: a name seen before gets `_2`, `_3`… (the first one free),
/// as Miller does. Otherwise two columns would share one key: JSON Lines output would repeat it, and `--map` and the
/// automatic mapping could reach only one of them.
enum HeaderNames {
    /// `names` made distinct; one warning at `position` lists what was renamed.
    static func distinct(_ names: [String], position: SourcePosition, issues: ReadIssueHandler) -> [String] {
        var used = Set(names)
        guard used.count < names.count else { return names }
        var seen = Set<String>()
        var renames: [String] = []
        let distinct = names.map { name in
            if seen.insert(name).inserted { return name }
            var suffix = 2
            while used.contains("\(name)_\(suffix)") { suffix += 1 }
            let renamed = "\(name)_\(suffix)"
            used.insert(renamed)
            renames.append("'\(name)' → '\(renamed)'")
            return renamed
        }
        issues(
            ReadIssue(
                kind: .warning, position: position,
                message: "the header repeats column names; the later ones are renamed "
                    + renames.joined(separator: ", ")
            ))
        return distinct
    }
}
