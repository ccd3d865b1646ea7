/// LeadIQ's wire contract in one place: where each API lives, how it authenticates, and the REST paths.
/// The client builds requests from these and the sandbox routes on them, so the two cannot drift apart.
public enum LeadIQContract {
    public static let defaultGraphQLURL = "https://api.leadiq.com/graphql"
    public static let defaultProspectorURL = "https://prospector.leadiq.com"

    /// GraphQL: `Authorization: Basic <key as given>`.
    public static let graphQLAuthorizationHeader = "Authorization"
    /// Prospector: the base64-decoded key, with no prefix.
    public static let prospectorKeyHeader = "X-API-Key"

    public static let graphQLPath = "/graphql"

    /// How long to wait before retrying: delay seconds or an HTTP date.
    public static let retryAfterHeader = "Retry-After"
    /// The quota in force (IETF rate-limit headers, sent by Prospector): `60;w=60`.
    public static let rateLimitPolicyHeader = "RateLimit-Policy"
    /// What is left of it: `limit=60, remaining=0, reset=30`.
    public static let rateLimitHeader = "RateLimit"

    /// Prospector REST paths, relative to the Prospector base URL.
    public enum Prospector {
        public static let lists = "/v1/lists"
        public static func list(_ id: String) -> String { "/v1/lists/\(id)" }
        public static func listProspects(_ id: String) -> String { "/v1/lists/\(id)/prospects" }
        public static func listProspectsBatch(_ id: String) -> String { "/v1/lists/\(id)/prospects/batch" }
        public static let prospects = "/v1/prospects"
        public static let verifyEmail = "/v1/verify-email"
        /// What verifying one address costs.
        public static let verificationCost = Credits(tenths: 1)
        /// Most prospects one batch request may carry.
        public static let maxBatchSize = 100
        /// Largest page `limit` the list endpoints accept.
        public static let maxPageSize = 100
    }

    /// Advanced search rejects `skip + limit` above this.
    public static let maxAdvancedSearchWindow = 10_000
    /// Requests per minute per key on the standard plan.
    public static let standardRequestsPerMinute = 60
}
