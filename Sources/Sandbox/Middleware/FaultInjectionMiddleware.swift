import HTTPTypes
import Hummingbird
import LeadIQ

/// Makes the sandbox as unreliable as configured: gives every response its latency (sent by
/// `ResponseReleaseHandler` that long after its request arrived), answers some requests with a server error or a 429
/// (every request answered 503, once an outage has begun), and drops some connections without any response. A dropped
/// write is applied first, which is the case an idempotent client must survive (it cannot know the write happened).
struct FaultInjectionMiddleware: RouterMiddleware {
    static let retryAfterHeader = HTTPField.Name(LeadIQContract.retryAfterHeader)!

    let surface: APISurface
    let store: SandboxStore

    func handle(
        _ request: Request,
        context: SandboxRequestContext,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        let plan = await self.store.nextFault()
        var response: Response
        do {
            response = try await self.answer(request, context: context, plan: plan, next: next)
        } catch let error as any HTTPResponseError {
            // Answered here rather than by the router, so that errors take as long as answers.
            response = try error.response(from: request, context: context)
        }
        response.headers[ResponseReleaseHandler.delayField] = String(plan.delayMilliseconds)
        return response
    }

    private func answer(
        _ request: Request,
        context: SandboxRequestContext,
        plan: SandboxStore.FaultPlan,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        if plan.outage {
            return self.retryable(
                self.surface.error(
                    .serviceUnavailable, code: "service_unavailable", message: "Injected outage; retry later.")
            )
        }
        if plan.reset {
            if self.surface == .prospector && request.method == .post {
                _ = try await next(request, context)
            }
            var dropped = Response(status: .ok)
            dropped.headers[ResponseReleaseHandler.dropField] = "1"
            return dropped
        }
        if plan.throttle {
            var response = self.surface.error(
                .tooManyRequests, code: "rate_limited", message: "Injected rate limit; retry in 1s.")
            response.headers[Self.retryAfterHeader] = "1"
            return response
        }
        if plan.fail {
            switch self.surface {
            case .graphQL:
                return self.retryable(
                    self.surface.error(
                        .internalServerError, code: "internal_error", message: "Injected server error; retry later.")
                )
            case .prospector:
                return self.retryable(
                    self.surface.error(
                        .badGateway, code: "upstream_error", message: "Temporary upstream error; retry later.")
                )
            }
        }
        return try await next(request, context)
    }

    /// An injected error with the configured `Retry-After`, if any.
    private func retryable(_ response: Response) -> Response {
        var response = response
        if let seconds = self.store.configuration.retryAfterSeconds {
            response.headers[Self.retryAfterHeader] = String(seconds)
        }
        return response
    }
}
