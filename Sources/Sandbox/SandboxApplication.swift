import Hummingbird
import LeadIQ
import Logging

/// Assembles the sandbox: one Hummingbird application serving GraphQL at `/graphql` and Prospector at `/v1/...`.
/// Each API's routes pass through request counting, fault injection, authentication and rate limiting, in that order.
public enum SandboxApplication {
    /// The application for `configuration`, and the stats handle onto its state. Run it with `runService()`, or in
    /// tests with `test(.router)` / `test(.live)`; `withSandbox` does the running for clients' tests.
    public static func make(
        _ configuration: SandboxConfiguration,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> (application: some ApplicationProtocol, stats: SandboxStats) {
        let store = SandboxStore(configuration: configuration)
        let directory = SyntheticDirectory()
        let router = Router(context: SandboxRequestContext.self)

        let graphQL = GraphQLEndpoint(
            schema: try SandboxSchema(),
            context: ResolverContext(store: store, directory: directory)
        )
        Self.guarded(router.group(RouterPath(LeadIQContract.graphQLPath)), .graphQL, store)
            .post { request, context in try await graphQL.respond(request, context: context) }

        ProspectorEndpoints(store: store, directory: directory)
            .register(on: Self.guarded(router.group("v1"), .prospector, store))

        var logger = Logger(label: "leadiq-sandbox")
        logger.logLevel = .warning
        let application = Application(
            router: router,
            server: .http1(
                configuration: .init(additionalChannelHandlers: [ResponseReleaseHandler(gauge: store.requestsUnderWay)])
            ),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
        return (application, SandboxStats(store: store))
    }

    private static func guarded(
        _ group: RouterGroup<SandboxRequestContext>,
        _ surface: APISurface,
        _ store: SandboxStore
    ) -> RouterGroup<SandboxRequestContext> {
        group
            .add(middleware: RequestCountingMiddleware(surface: surface, store: store))
            .add(middleware: FaultInjectionMiddleware(surface: surface, store: store))
            .add(middleware: AuthenticationMiddleware(surface: surface, configuration: store.configuration))
            .add(middleware: RateLimitMiddleware(surface: surface, store: store))
    }
}
