/// What happened to one input row; the raw values are what `leadiq_status` shows.
public enum RowStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case matched
    case notFound = "not_found"
    /// Not sent: nothing usable to look up, or over budget.
    case skipped
    /// Sent, but no answer: the reason says why.
    case failed
}
