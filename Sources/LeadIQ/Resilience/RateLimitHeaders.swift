import Foundation

/// What a response's `RateLimit-Policy` and `RateLimit` fields (the IETF rate-limit headers) say about the caller's
/// quota: the limit the server enforces, and how long until it resets once nothing remains.
///
/// Both draft spellings are read: LeadIQ's Prospector sends `RateLimit-Policy: 60;w=60` and
/// `RateLimit: limit=60, remaining=0, reset=30`; later drafts write `"default";q=60;w=60` and `"default";r=0;t=30`.
public struct RateLimitHeaders: Sendable, Equatable {
    /// The policy's quota as requests per minute, the lowest when several policies are stated.
    public var requestsPerMinute: Int?
    /// The wait until the quota resets, stated only when the response says no request remains.
    public var resetAfter: Duration?

    public init(policy: String?, state: String?) {
        self.requestsPerMinute = policy.flatMap(Self.requestsPerMinute(policy:))
        self.resetAfter = state.flatMap(Self.resetAfter(state:))
    }

    /// Each policy is a list item; its quota is the bare number or `q=`, its window `w=` seconds (60 when unstated).
    private static func requestsPerMinute(policy: String) -> Int? {
        let rates = policy.split(separator: ",").compactMap { item -> Int? in
            let parameters = Self.parameters(item)
            guard let quota = parameters.bare ?? parameters.named["q"] ?? parameters.named["limit"], quota > 0 else {
                return nil
            }
            let window = parameters.named["w"] ?? 60
            guard window > 0 else { return nil }
            return max(1, quota * 60 / window)
        }
        return rates.min()
    }

    private static func resetAfter(state: String) -> Duration? {
        let parameters = Self.parameters(state[...])
        guard let remaining = parameters.named["remaining"] ?? parameters.named["r"], remaining == 0,
            let reset = parameters.named["reset"] ?? parameters.named["t"], reset > 0
        else { return nil }
        return .seconds(reset)
    }

    /// The integer parameters of one field value: `key=value` pairs separated by `,` or `;`, and a bare number.
    private static func parameters(_ text: Substring) -> (bare: Int?, named: [String: Int]) {
        var bare: Int?
        var named: [String: Int] = [:]
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, let number = Int(pair[1]) {
                named[pair[0].lowercased()] = number
            } else if pair.count == 1, let number = Int(pair[0]) {
                bare = number
            }
        }
        return (bare, named)
    }
}
