import HTTPTypes
import Hummingbird
import LeadIQ

/// Makes the sandbox as unreliable as configured: answers every request the configured latency after it arrived (or
/// when its answer is ready, if that is later), answers some with a server error or a 429 (every request answered 503,
/// once an outage has begun), and drops some connections without any response. A dropped write is applied first,
/// which is the case an idempotent client must survive (it cannot know the write happened).
struct FaultInjectionMiddleware: RouterMiddleware {
    /// Thrown after the connection is closed; nothing is written back.
    struct ConnectionReset: Error {}

    static let retryAfterHeader = HTTPField.Name(LeadIQContract.retryAfterHeader)!

    let surface: APISurface
    let store: SandboxStore

    func handle(
        _ request: Request,
        context: SandboxRequestContext,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        let arrival = ContinuousClock.now
        let plan = await self.store.nextFault()
        let answer: Result<Answer, any Error>
        do {
            answer = .success(try await self.answer(request, context: context, plan: plan, next: next))
        } catch {
            answer = .failure(error)
        }
        // The latency is the response time a client sees: the sandbox's own work is done inside it, not added after.
        // No leeway: the default lets a sleep end a millisecond or more late.
        if plan.delayMilliseconds > 0 {
            try await Task.sleep(until: arrival.advanced(by: .milliseconds(plan.delayMilliseconds)), tolerance: .zero)
        }
        switch try answer.get() {
        case .response(let response):
            return response
        case .drop:
            try await context.channel.close()
            throw ConnectionReset()
        }
    }

    /// What the client gets: a response, or its connection dropped.
    private enum Answer {
        case response(Response)
        case drop
    }

    private func answer(
        _ request: Request,
        context: SandboxRequestContext,
        plan: SandboxStore.FaultPlan,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Answer {
        if plan.outage {
            return .response(
                self.retryable(
                    self.surface.error(
                        .serviceUnavailable, code: "service_unavailable", message: "Injected outage; retry later.")
                )
            )
        }
        if plan.reset {
            if self.surface == .prospector && request.method == .post {
                _ = try await next(request, context)
            }
            return .drop
        }
        if plan.throttle {
            var response = self.surface.error(
                .tooManyRequests, code: "rate_limited", message: "Injected rate limit; retry in 1s.")
            response.headers[Self.retryAfterHeader] = "1"
            return .response(response)
        }
        if plan.fail {
            switch self.surface {
            case .graphQL:
                return .response(
                    self.retryable(
                        self.surface.error(
                            .internalServerError, code: "internal_error", message: "Injected server error; retry later.")
                    )
                )
            case .prospector:
                return .response(
                    self.retryable(
                        self.surface.error(
                            .badGateway, code: "upstream_error", message: "Temporary upstream error; retry later.")
                    )
                )
            }
        }
        return .response(try await next(request, context))
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
