import Foundation

/// When and how long to wait before sending a failed request again.
///
/// Exponential backoff with full jitter (a uniformly random wait between zero and the exponential ceiling) keeps many
/// clients that failed together from retrying together. A `Retry-After` from the server wins over the computed wait.
/// Only reads are retried after server errors and broken connections; a write that may have been applied is not sent
/// twice, but any request refused with 429 was not applied and is retried.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first one included.
    public var maxAttempts: Int
    /// The ceiling of the first retry's wait; it doubles with each further retry.
    public var baseDelay: Duration
    /// The most the ceiling grows to.
    public var maxDelay: Duration

    /// The defaults wait up to about half a minute in all before giving up, long enough to see a per-minute quota
    /// window turn over without holding a run up for long when LeadIQ is really down.
    public init(maxAttempts: Int = 6, baseDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public static let `default` = RetryPolicy()

    /// Whether attempt number `attempt` (1-based), which failed with `error`, may be followed by another.
    public func shouldRetry(_ error: LeadIQError, afterAttempt attempt: Int, idempotent: Bool) -> Bool {
        guard attempt < self.maxAttempts else { return false }
        return error == .rateLimited || (idempotent && error.isTransient)
    }

    /// The wait before retry number `retry` (1-based): the server's `Retry-After` if it sent one, else a random
    /// duration in `0...min(maxDelay, baseDelay * 2^(retry-1))`.
    public func delay(
        beforeRetry retry: Int,
        retryAfter: Duration?,
        using generator: inout some RandomNumberGenerator
    ) -> Duration {
        if let retryAfter { return max(.zero, retryAfter) }
        let exponent = Double(min(max(retry - 1, 0), 40))
        let ceiling = min(self.maxDelay.seconds, self.baseDelay.seconds * pow(2, exponent))
        return .seconds(Double.random(in: 0...ceiling, using: &generator))
    }

    /// Parses a `Retry-After` value: delay seconds, or an HTTP date relative to `now`. `nil` when it is neither.
    public static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                return .seconds(max(0, date.timeIntervalSince(now)))
            }
        }
        return nil
    }
}
