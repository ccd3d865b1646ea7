import Foundation
import Logging

/// Everything a `LeadIQClient` needs: the key, where the two APIs live, and how patient and how fast to be.
public struct LeadIQClientConfiguration: Sendable {
    public var apiKey: APIKey
    public var graphQLURL: String
    /// The Prospector base URL; REST paths such as `/v1/lists` hang off it.
    public var prospectorURL: String
    /// The client-side limit shared by all requests; LeadIQ's standard plan allows 60 per minute per key.
    public var requestsPerMinute: Int
    public var retryPolicy: RetryPolicy
    public var connectTimeout: Duration
    /// The most one attempt may take, from sending to the last byte of the answer.
    public var requestTimeout: Duration
    /// Connections open to one host at most. A request beyond it waits for a connection to come free, so this should be
    /// at least the number of requests meant to be in flight at once (`--concurrency`).
    public var maximumConnections: Int
    /// Request traces go here at `debug` level, with both authentication headers redacted.
    public var logger: Logger?
    /// Told about each retry before its wait.
    public var retryNotice: (@Sendable (RetryNotice) -> Void)?

    public init(
        apiKey: APIKey,
        graphQLURL: String = LeadIQContract.defaultGraphQLURL,
        prospectorURL: String = LeadIQContract.defaultProspectorURL,
        requestsPerMinute: Int = LeadIQContract.standardRequestsPerMinute,
        retryPolicy: RetryPolicy = .default,
        connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(60),
        maximumConnections: Int = 8,
        logger: Logger? = nil
    ) {
        self.apiKey = apiKey
        self.graphQLURL = graphQLURL
        self.prospectorURL = prospectorURL
        self.requestsPerMinute = requestsPerMinute
        self.retryPolicy = retryPolicy
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.maximumConnections = maximumConnections
        self.logger = logger
    }

    /// Throws `LeadIQError.invalidConfiguration` unless both URLs are absolute `https` URLs (or `http` to a loopback
    /// host, which is how the sandbox is reached) and the rate and the connection limit are positive. The key travels in
    /// every request, so it must never cross a network in clear text.
    public func validate() throws(LeadIQError) {
        for (option, url) in [("--graphql-url", self.graphQLURL), ("--prospector-url", self.prospectorURL)] {
            guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), let host = parsed.host,
                !host.isEmpty
            else {
                throw LeadIQError.invalidConfiguration.with(detail: "\(option) '\(url)' is not an absolute URL")
            }
            guard scheme == "https" || (scheme == "http" && Self.isLoopback(host)) else {
                throw LeadIQError.invalidConfiguration.with(
                    detail: "\(option) '\(url)' must use https (plain http is allowed only to localhost)"
                )
            }
        }
        guard self.requestsPerMinute > 0 else {
            throw LeadIQError.invalidConfiguration.with(detail: "--rate-limit must be at least 1 request per minute")
        }
        guard self.maximumConnections > 0 else {
            throw LeadIQError.invalidConfiguration.with(detail: "the client needs at least 1 connection per host")
        }
    }

    /// Sends request traces (`--verbose`) to standard error.
    public mutating func traceRequestsToStandardError() {
        var logger = Logger(label: "leadiq.http", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .debug
        self.logger = logger
    }

    private static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        return octets.count == 4 && octets[0] == 127
    }
}
