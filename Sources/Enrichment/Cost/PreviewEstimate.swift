import LeadIQ

/// What `--preview` would change about a run, found by previewing its distinct person lookups (free) without
/// enriching any: what `--dry-run --preview` reports, and what a spend confirmation can show beside the estimate.
public struct PreviewEstimate: Sendable, Equatable, Codable {
    /// Distinct person lookups previewed (a person known only by LeadIQ id cannot be, and is enriched as usual).
    public var previewed = 0
    /// Previewed lookups that show none of the selected contact data: a `--preview` run skips them
    /// (`preview_empty`).
    public var empty = 0
    /// Of the empty ones, those that match nobody: they would cost nothing either way.
    public var unmatched = 0
    /// Lookups whose preview failed even after retries; a `--preview` run fails them unless its own preview works.
    public var failed = 0
    /// What the skipped lookups that match someone would have cost at their selection's price: the credits
    /// `--preview` saves.
    public var creditsSaved = Credits.zero

    public init() {}

    /// Previews `lookups` (one request when any can be previewed) and counts the verdicts.
    mutating func count(_ lookups: [Lookup], previewer: LookupPreviewer, selection: FieldSelection) async throws {
        guard !lookups.isEmpty else { return }
        let verdicts = try await previewer.preview(lookups, selection: selection)
        for (lookup, verdict) in zip(lookups, verdicts) {
            switch verdict {
            case .worthLookingUp:
                self.previewed += 1
            case .empty(let matched):
                self.previewed += 1
                self.empty += 1
                if matched {
                    self.creditsSaved += lookup.maximumCost(selection: selection)
                } else {
                    self.unmatched += 1
                }
            case .failed:
                self.previewed += 1
                self.failed += 1
            case .notPreviewable:
                break
            }
        }
    }
}
