import LeadIQ
import Sandbox

/// The client a command talks through, and whether it reaches LeadIQ or the embedded sandbox.
struct APIConnection: Sendable {
    let client: LeadIQClient
    /// The GraphQL URL in use.
    let graphQLURL: String
    let isSandbox: Bool

    /// What cached answers depend on, part of every cache key so sandbox answers never stand in for LeadIQ's. The
    /// embedded sandbox's data is the same on every port, so its answers share one namespace.
    var cacheNamespace: String { self.isSandbox ? "embedded-sandbox" : self.graphQLURL }
}

extension APIOptions {
    /// The embedded sandbox has no rate limit of its own unless `--rate-limit` asks for one; this rate is far above what
    /// loopback can serve, so the client's limiter never waits.
    static let unlimitedRequestsPerMinute = 60_000_000

    /// Runs `body` with a client: on a sandbox started for the duration with `--sandbox`, else on the configured
    /// LeadIQ. Both the sandbox and the client are shut down when `body` returns or throws.
    ///
    /// - Parameters:
    ///   - connections: requests `body` keeps in flight at once (`--concurrency`), so the client opens as many
    ///     connections; `nil` keeps the client's default.
    ///   - quiet: `true` leaves out the notices on standard error that say why the client waits to retry.
    func withConnection<T: Sendable>(
        connections: Int? = nil,
        quiet: Bool = false,
        _ body: @escaping @Sendable (APIConnection) async throws -> T
    ) async throws -> T {
        let notices = quiet ? nil : RetryNotices()
        guard self.sandbox else {
            var configuration = try self.clientConfiguration()
            configuration.maximumConnections = connections ?? configuration.maximumConnections
            configuration.retryNotice = notices?.tell
            return try await withLeadIQClient(configuration) { client in
                try await body(APIConnection(client: client, graphQLURL: configuration.graphQLURL, isSandbox: false))
            }
        }
        var sandboxConfiguration = SandboxConfiguration()
        sandboxConfiguration.requestsPerMinute = self.rateLimit
        let verbose = self.verbose
        let requestsPerMinute = self.rateLimit ?? Self.unlimitedRequestsPerMinute
        return try await withSandbox(sandboxConfiguration) { sandbox in
            var configuration = LeadIQClientConfiguration(
                apiKey: try APIKey(sandbox.apiKey),
                graphQLURL: sandbox.graphQLURL,
                prospectorURL: sandbox.prospectorURL,
                requestsPerMinute: requestsPerMinute
            )
            configuration.maximumConnections = connections ?? configuration.maximumConnections
            configuration.retryNotice = notices?.tell
            if verbose {
                configuration.traceRequestsToStandardError()
            }
            return try await withLeadIQClient(configuration) { client in
                try await body(APIConnection(client: client, graphQLURL: sandbox.graphQLURL, isSandbox: true))
            }
        }
    }
}
