import AsyncHTTPClient

/// Runs `body` with a client for `configuration` and shuts the client's connections down when `body` returns or
/// throws. One client (one connection pool, one rate limiter) serves every task inside the scope.
public func withLeadIQClient<Result>(
    _ configuration: LeadIQClientConfiguration,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (LeadIQClient) async throws -> Result
) async throws -> Result {
    try configuration.validate()
    var http = HTTPClient.Configuration()
    http.timeout = .init(connect: .nanoseconds(configuration.connectTimeout.nanoseconds))
    // HTTP/1.1 carries one request per connection at a time: fewer connections than tasks would queue the rest.
    http.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = configuration.maximumConnections
    // A redirect could carry the key's headers to another host; LeadIQ's APIs do not redirect.
    http.redirectConfiguration = .disallow
    // leadiq bootstraps no tracer; the default no-op one still parses every request's URL for span attributes.
    http.tracing.tracer = nil
    return try await HTTPClient.withHTTPClient(configuration: http) { httpClient in
        try await body(LeadIQClient(configuration: configuration, httpClient: httpClient))
    }
}
