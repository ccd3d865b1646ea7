import LeadIQ

/// What an enrichment run did, for the end-of-run summary and `--report FILE`.
public struct EnrichmentSummary: Sendable, Equatable, Codable {
    /// Records read (rejected rows not included).
    public var rows = 0
    public var matched = 0
    public var notFound = 0
    public var skipped = 0
    public var failed = 0
    /// Input rows the reader could not turn into records; they are only in the rejects output.
    public var rejected = 0
    /// Reader warnings (for example ragged CSV rows), which did not stop the row.
    public var warnings = 0
    /// Distinct lookups sent to LeadIQ.
    public var lookups = 0
    /// Rows answered by another row's identical lookup instead of their own.
    public var duplicates = 0
    /// HTTP requests made, retries included.
    public var requests = 0
    /// Requests that repeated an earlier attempt.
    public var retries = 0
    /// The matched lookups' maximum cost: what the run spent at most.
    public var creditsEstimated = Credits.zero
    /// The account's usage after the run minus before, when the caller measured it.
    public var creditsUsed: Credits?
    /// Lookups answered by the cache or an interrupted run's journal, without a request.
    public var answeredFromStore = 0
    /// Cache reads and writes that failed (a locked or full disk, say) and were skipped: the rows kept their answers.
    public var cacheErrors = 0
    /// The first of them.
    public var firstCacheError: String?
    /// Person lookups `--preview` found empty and did not send; their rows are skipped with reason `preview_empty`.
    public var previewedEmpty = 0
    /// Verified rows by the status LeadIQ gave their address (`Verified`, `Invalid`, …).
    public var emailStatuses: [String: Int] = [:]
    /// `--max-credits` stopped new lookups; the rows concerned are skipped with reason `budget`.
    public var budgetExhausted = false
    /// LeadIQ answered 402; the rows not looked up are failed with reason `insufficient_credits`.
    public var insufficientCredits = false
    /// Set when the run stopped before the end of its input (a signal, the outage breaker): the output is unfinished
    /// and running the same command again resumes.
    public var stopReason: StopRequest.Reason?
    public var elapsedSeconds = 0.0

    public init() {}

    mutating func count(_ row: RowResult) {
        if case .emailVerification(let verification) = row.match {
            self.emailStatuses[verification.status, default: 0] += 1
        }
        switch row.status {
        case .matched: self.matched += 1
        case .notFound: self.notFound += 1
        case .skipped: self.skipped += 1
        case .failed: self.failed += 1
        }
    }
}
