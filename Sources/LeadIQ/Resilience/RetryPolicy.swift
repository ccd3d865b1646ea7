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

    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30)) {
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

    /// The wait a `RateLimit` header announces once the quota is spent (`limit=60, remaining=0, reset=30`, as
    /// LeadIQ's Prospector sends it); `nil` while requests remain or when the header says nothing usable.
    public static func rateLimitReset(_ value: String) -> Duration? {
        var fields: [String: Int] = [:]
        for part in value.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, let number = Int(pair[1]) { fields[pair[0].lowercased()] = number }
        }
        guard fields["remaining"] ?? 0 == 0, let reset = fields["reset"], reset >= 0 else { return nil }
        return .seconds(reset)
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
