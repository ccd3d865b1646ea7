import Foundation
import LeadIQ
import Logging
import Sandbox

/// Retries fast enough for tests; the backoff shape itself is covered by `RetryPolicyTests`.
let fastRetry = RetryPolicy(maxAttempts: 8, baseDelay: .milliseconds(2), maxDelay: .milliseconds(20))

/// Runs `body` with an in-process sandbox on a loopback port and a client pointed at it.
func withSandboxClient<T: Sendable>(
    _ sandbox: SandboxConfiguration = SandboxConfiguration(),
    apiKey: String? = nil,
    retryPolicy: RetryPolicy = fastRetry,
    logger: Logger? = nil,
    _ body: @escaping @Sendable (LeadIQClient, RunningSandbox) async throws -> T
) async throws -> T {
    try await withSandbox(sandbox) { running in
        let configuration = LeadIQClientConfiguration(
            apiKey: try APIKey(apiKey ?? running.apiKey),
            graphQLURL: running.graphQLURL,
            prospectorURL: running.prospectorURL,
            requestsPerMinute: 60_000,
            retryPolicy: retryPolicy,
            requestTimeout: .seconds(20),
            logger: logger
        )
        return try await withLeadIQClient(configuration) { client in
            try await body(client, running)
        }
    }
}

/// Collects every log line with its metadata, to check what `--verbose` would print.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var text: String { self.lock.withLock { self.lines.joined(separator: "\n") } }

    func logger() -> Logger {
        var logger = Logger(label: "test") { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    fileprivate func append(_ line: String) {
        self.lock.withLock { self.lines.append(line) }
    }

    private struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { self.metadata[key] }
            set { self.metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            self.log.append("\(event.message) \(event.metadata ?? [:]) \(self.metadata)")
        }
    }
}
