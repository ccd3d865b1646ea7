import Foundation

/// How a sandbox behaves: where it listens, which key it accepts, its credit balance and the faults it injects.
public struct SandboxConfiguration: Sendable {
    /// Loopback by default: the sandbox is a test double and never needs to be reachable from elsewhere.
    public var host: String = "127.0.0.1"
    /// `0` asks the system for a free port; `RunningSandbox` reports the one it got.
    public var port: Int = 0
    /// The key as LeadIQ issues it (base64 text). GraphQL expects it verbatim, Prospector its decoded form.
    public var apiKey: String = SandboxConfiguration.defaultAPIKey
    /// The base64 form of `leadiq-sandbox-key`.
    public static let defaultAPIKey = Data("leadiq-sandbox-key".utf8).base64EncodedString()
    /// Each response's time from its request's arrival, the sandbox's own work included (a slower answer goes when
    /// ready), as a remote API's latency is what its clients wait.
    public var latencyMilliseconds: Int = 0
    /// Up to this much more, drawn per request.
    public var jitterMilliseconds: Int = 0
    /// The fraction of requests answered with a server error (500 on GraphQL, 502 on Prospector).
    public var failRate: Double = 0
    /// The fraction of requests whose connection is dropped without a response; writes are applied first.
    public var resetRate: Double = 0
    /// Every request after this many is answered 503, on both APIs: an outage that starts mid-run. `nil`: none.
    public var outageAfterRequests: Int? = nil
    /// Sent as `Retry-After` with injected server errors and outage answers; `nil` sends none.
    public var retryAfterSeconds: Int? = nil
    /// The fraction of requests answered 429 with `Retry-After: 1`, as a briefly spent quota would be.
    public var throttleRate: Double = 0
    /// Requests per key in each rate-limit window (a minute unless `rateLimitWindowSeconds` says otherwise); `nil`
    /// means no limit, otherwise 429 past it.
    public var requestsPerMinute: Int? = nil
    /// The rate-limit window's length; shorter than LeadIQ's minute only to make tests of waiting for it quick.
    public var rateLimitWindowSeconds: Int = 60
    /// Universal credits available at start.
    public var credits: Int = 10_000
    /// Makes latency jitter, failures and resets reproducible.
    public var seed: UInt64 = 0

    public init() {}

    /// The key Prospector expects in `X-API-Key`: the base64-decoded form of `apiKey`, or `apiKey` itself when it is
    /// not base64 (so a plain `--key` still works on both APIs).
    var prospectorKey: String {
        guard let data = Data(base64Encoded: self.apiKey), let text = String(data: data, encoding: .utf8) else {
            return self.apiKey
        }
        return text
    }
}
