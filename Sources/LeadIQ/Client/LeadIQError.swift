/// Everything that can go wrong between leadiq and LeadIQ, as one error type.
///
/// Cases are static members (`LeadIQError.unauthorized`) compared by kind, so `error == .rateLimited` ignores the
/// details and new kinds can be added without breaking callers. The description says what happened and what to do;
/// it never contains the API key, because every server text that goes into it is redacted first.
public struct LeadIQError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Sendable, Hashable {
        case missingAPIKey
        case invalidAPIKey
        case invalidConfiguration
        case invalidInput
        case unauthorized
        case insufficientCredits
        case rateLimited
        case server
        case graphQL
        case badRequest
        case notFound
        case conflict
        case transport
        case invalidResponse
    }

    private let code: Code
    /// The HTTP status, or the status a GraphQL error carried in `extensions.response.status`.
    public let httpStatus: Int?
    /// What the server or the check said, already redacted.
    public let detail: String?
    /// How long the server asked us to wait (`Retry-After`, or the reset of a spent `RateLimit`), when it said.
    public let retryAfter: Duration?

    private init(_ code: Code, httpStatus: Int? = nil, detail: String? = nil, retryAfter: Duration? = nil) {
        self.code = code
        self.httpStatus = httpStatus
        self.detail = detail
        self.retryAfter = retryAfter
    }

    /// No key in `--api-key-file`, `LEADIQ_API_KEY` or `.env`.
    public static let missingAPIKey = LeadIQError(.missingAPIKey)
    /// The key is not base64 text.
    public static let invalidAPIKey = LeadIQError(.invalidAPIKey)
    /// A URL or limit in the configuration cannot be used.
    public static let invalidConfiguration = LeadIQError(.invalidConfiguration)
    /// The request was not sent because LeadIQ's published contract would reject it.
    public static let invalidInput = LeadIQError(.invalidInput)
    /// HTTP 401, or a GraphQL error with status 401: the key is wrong or revoked.
    public static let unauthorized = LeadIQError(.unauthorized)
    /// HTTP 402, or a GraphQL error with status 402: the plan's credits are used up.
    public static let insufficientCredits = LeadIQError(.insufficientCredits)
    /// HTTP 429, or a GraphQL error with status 429, after the retries ran out.
    public static let rateLimited = LeadIQError(.rateLimited)
    /// HTTP 5xx after the retries ran out (or at once, for a write).
    public static let server = LeadIQError(.server)
    /// A GraphQL error inside a successful HTTP response.
    public static let graphQL = LeadIQError(.graphQL)
    /// HTTP 400, 413 or 422 with LeadIQ's `{code, message, details}` body.
    public static let badRequest = LeadIQError(.badRequest)
    /// HTTP 404: no such list or prospect for this key.
    public static let notFound = LeadIQError(.notFound)
    /// HTTP 409: for example a list with that name already exists.
    public static let conflict = LeadIQError(.conflict)
    /// The connection failed, was reset or timed out.
    public static let transport = LeadIQError(.transport)
    /// The server answered with something that does not follow LeadIQ's contract.
    public static let invalidResponse = LeadIQError(.invalidResponse)

    /// The same kind of error with the particulars of one occurrence.
    func with(httpStatus: Int? = nil, detail: String? = nil, retryAfter: Duration? = nil) -> LeadIQError {
        LeadIQError(
            self.code,
            httpStatus: httpStatus ?? self.httpStatus,
            detail: detail ?? self.detail,
            retryAfter: retryAfter ?? self.retryAfter
        )
    }

    /// The error for an HTTP status outside 2xx, or `nil` for a status that is not an error.
    static func forStatus(_ status: Int) -> LeadIQError? {
        let kind: LeadIQError
        switch status {
        case 200..<300: return nil
        case 401, 403: kind = .unauthorized
        case 402: kind = .insufficientCredits
        case 404: kind = .notFound
        case 409: kind = .conflict
        case 429: kind = .rateLimited
        case 500..<600: kind = .server
        case 400..<500: kind = .badRequest
        default: kind = .invalidResponse
        }
        return kind.with(httpStatus: status)
    }

    /// Whether trying the same request again may succeed: rate limits, server errors and broken connections.
    public var isTransient: Bool {
        self.code == .rateLimited || self.code == .server || self.code == .transport
    }

    public static func == (lhs: LeadIQError, rhs: LeadIQError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.code) }

    public var description: String {
        let status = self.httpStatus.map { " (HTTP \($0))" } ?? ""
        // Server messages often end in a full stop; the sentence around them supplies its own.
        let detail = self.detail.map { ": \($0.hasSuffix(".") ? String($0.dropLast()) : $0)" } ?? ""
        switch self.code {
        case .missingAPIKey:
            return "No LeadIQ API key found. Set LEADIQ_API_KEY, add LEADIQ_API_KEY=... to a .env file in this "
                + "directory, or pass --api-key-file PATH."
        case .invalidAPIKey:
            return "The LeadIQ API key is not base64 text. Copy it again from Settings > API in the LeadIQ app."
        case .invalidConfiguration:
            return "The LeadIQ connection settings cannot be used\(detail)."
        case .invalidInput:
            return "Not sent to LeadIQ, which would reject it\(detail). Fix the input and run again."
        case .unauthorized:
            return "LeadIQ rejected the API key\(status)\(detail). Check LEADIQ_API_KEY, .env or --api-key-file; "
                + "if the key was rotated, copy the new one from Settings > API."
        case .insufficientCredits:
            return "The LeadIQ plan has no credits left for this request\(status)\(detail). See `leadiq account`, "
                + "select fewer fields, or wait for the next billing period."
        case .rateLimited:
            return "LeadIQ kept answering 'too many requests'\(status)\(detail). Lower --rate-limit or try again later."
        case .server:
            return
                "LeadIQ had a server error\(status)\(detail). Try again later; contact LeadIQ support if it persists."
        case .graphQL:
            return "LeadIQ's GraphQL API returned an error\(status)\(detail)."
        case .badRequest:
            return "LeadIQ rejected the request\(status)\(detail). Correct the values it names and run again."
        case .notFound:
            return "LeadIQ has no such list or prospect for this key\(status)\(detail). Check the id."
        case .conflict:
            return "LeadIQ refused a duplicate\(status)\(detail). Choose another name or reuse the existing one."
        case .transport:
            return "Could not talk to LeadIQ\(detail). Check the network and --graphql-url / --prospector-url."
        case .invalidResponse:
            return "LeadIQ sent a response leadiq cannot read\(status)\(detail)."
        }
    }
}
