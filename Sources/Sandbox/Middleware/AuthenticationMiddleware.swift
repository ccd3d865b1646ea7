import Hummingbird

/// Rejects a missing or wrong key with 401 in the API's own error shape.
struct AuthenticationMiddleware: RouterMiddleware {
    let surface: APISurface
    let configuration: SandboxConfiguration

    func handle(
        _ request: Request,
        context: SandboxRequestContext,
        next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        guard self.surface.isAuthorized(request, configuration: self.configuration) else {
            return self.surface.error(.unauthorized, code: "unauthorized", message: "Missing or invalid API key.")
        }
        return try await next(request, context)
    }
}
