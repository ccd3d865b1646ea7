/// The enrichment verdict for one row: its status, the reason when it was not matched, and LeadIQ's data when it was.
public struct RowResult: Sendable, Equatable {
    public var status: RowStatus
    /// Empty for matched and not-found rows.
    public var reason: String
    /// The matched person or company, or the verdict on an address; `nil` unless `status` is `matched`.
    public var match: LookupOutcome?

    public init(status: RowStatus, reason: String = "", match: LookupOutcome? = nil) {
        self.status = status
        self.reason = reason
        self.match = match
    }

    public static func skipped(_ reason: SkipReason) -> RowResult {
        RowResult(status: .skipped, reason: reason.rawValue)
    }

    public static func failed(_ reason: String) -> RowResult {
        RowResult(status: .failed, reason: reason)
    }

    /// The row's verdict from its lookup's outcome.
    public init(_ outcome: LookupOutcome) {
        switch outcome {
        case .person, .company, .emailVerification: self.init(status: .matched, match: outcome)
        case .notFound: self.init(status: .notFound)
        case .previewEmpty: self = .skipped(.previewEmpty)
        case .failed(let reason): self.init(status: .failed, reason: reason)
        }
    }
}
