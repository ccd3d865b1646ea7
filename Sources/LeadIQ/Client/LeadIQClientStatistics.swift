import Synchronization

/// What a client has sent so far, for run summaries and benchmarks.
public struct LeadIQClientStatistics: Sendable, Equatable {
    /// HTTP requests put on the wire, retries included.
    public var requestsSent = 0
    /// Of those, how many repeated an earlier failed attempt.
    public var retries = 0
    /// Answers that said 429 (HTTP, or a GraphQL error carrying that status).
    public var rateLimitedResponses = 0

    public init() {}
}

/// Counts shared by all tasks using one client, behind a lock rather than in an actor: counting then costs no hop on
/// every request's way out.
final class StatisticsRecorder: Sendable {
    private let counts = Mutex(LeadIQClientStatistics())

    var statistics: LeadIQClientStatistics { self.counts.withLock { $0 } }

    func recordRequest() { self.counts.withLock { $0.requestsSent += 1 } }
    func recordRetry() { self.counts.withLock { $0.retries += 1 } }
    func recordRateLimited() { self.counts.withLock { $0.rateLimitedResponses += 1 } }
}
