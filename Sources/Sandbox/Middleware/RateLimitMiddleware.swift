import HTTPTypes
import Hummingbird
import LeadIQ

/// Answers 429 past the configured requests per minute. The window is per key and shared by both APIs (the sandbox
/// accepts one key). Prospector responses carry `RateLimit-Policy` and `RateLimit` headers as LeadIQ's do.
struct RateLimitMiddleware: RouterMiddleware {
    static let policyHeader = HTTPField.Name(LeadIQContract.rateLimitPolicyHeader)!
    static let stateHeader = HTTPField.Name(LeadIQContract.rateLimitHeader)!

    let surface: APISurface
    let store: SandboxStore

    func handle(
        _ request: Request,
        context: SandboxRequestContext,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let decision = await self.store.admit(key: self.store.configuration.apiKey) else {
            return try await next(request, context)
        }
        var response =
            decision.allowed
            ? try await next(request, context)
            : self.surface.error(
                .tooManyRequests,
                code: "rate_limited",
                message:
                    "Rate limit of \(decision.limit) requests per \(decision.windowSeconds)s exceeded; "
                    + "retry in \(decision.resetSeconds)s."
            )
        if self.surface == .prospector {
            response.headers[Self.policyHeader] = "\(decision.limit);w=\(decision.windowSeconds)"
            response.headers[Self.stateHeader] =
                "limit=\(decision.limit), remaining=\(decision.remaining), reset=\(decision.resetSeconds)"
        }
        return response
    }
}
