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

/// Counts shared by all tasks using one client.
actor StatisticsRecorder {
    private(set) var statistics = LeadIQClientStatistics()

    func recordRequest() { self.statistics.requestsSent += 1 }
    func recordRetry() { self.statistics.retries += 1 }
    func recordRateLimited() { self.statistics.rateLimitedResponses += 1 }
}
