/// An attempt that failed and is about to be retried: what went wrong, and how long the client waits before the next
/// attempt. So that a caller can say why nothing seems to happen (a dead connection takes about a minute to give up).
public struct RetryNotice: Sendable {
    public let error: LeadIQError
    /// The attempt that failed, from 1.
    public let attempt: Int
    /// Attempts in all, the first one included.
    public let maxAttempts: Int
    public let wait: Duration
}
