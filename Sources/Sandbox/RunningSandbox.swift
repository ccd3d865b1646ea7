import Hummingbird
import ServiceLifecycle

/// A sandbox serving on loopback: where to point a client, with which key, and what it has seen.
public struct RunningSandbox: Sendable {
    /// `http://127.0.0.1:PORT/graphql`.
    public var graphQLURL: String
    /// `http://127.0.0.1:PORT`; the `/v1/...` paths hang off it.
    public var prospectorURL: String
    /// The key as LeadIQ issues it (base64 text); clients send it as given to GraphQL and decoded to Prospector.
    public var apiKey: String
    public var stats: SandboxStats
}

/// Runs a sandbox for the duration of `body` and always shuts it down afterwards, whether `body` returns or throws.
public func withSandbox<T: Sendable>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(),
    _ body: @Sendable (RunningSandbox) async throws -> T
) async throws -> T {
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let (application, stats) = try SandboxApplication.make(configuration) { port in
        portContinuation.yield(port)
        portContinuation.finish()
    }
    let serviceGroup = ServiceGroup(
        configuration: .init(services: [application], logger: application.logger)
    )
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            // If the server stops (or never binds), end the port stream so the wait below cannot hang.
            defer { portContinuation.finish() }
            try await serviceGroup.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await group.next()
            throw SandboxError.didNotStart(host: configuration.host, port: configuration.port)
        }
        let base = "http://\(configuration.host):\(port)"
        let running = RunningSandbox(
            graphQLURL: base + "/graphql",
            prospectorURL: base,
            apiKey: configuration.apiKey,
            stats: stats
        )
        do {
            let value = try await body(running)
            await serviceGroup.triggerGracefulShutdown()
            return value
        } catch {
            // Shut down and wait for the server before rethrowing: the group would otherwise cancel it, and a
            // cancelled server logs the cancellation as an error of its own.
            await serviceGroup.triggerGracefulShutdown()
            try? await group.waitForAll()
            throw error
        }
    }
}
