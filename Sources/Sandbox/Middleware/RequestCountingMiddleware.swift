import Hummingbird

/// Counts every request that reaches a route, whatever its outcome, so tests can see retries.
struct RequestCountingMiddleware: RouterMiddleware {
    let surface: APISurface
    let store: SandboxStore

    func handle(
        _ request: Request,
        context: SandboxRequestContext,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        switch self.surface {
        case .graphQL:
            await self.store.countGraphQLRequest()
        case .prospector:
            let template = context.endpointPath ?? request.uri.path
            await self.store.countRESTRequest("\(request.method) \(template)")
        }
        return try await next(request, context)
    }
}
