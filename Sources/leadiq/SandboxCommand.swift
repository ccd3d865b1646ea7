import ArgumentParser
import Foundation
import Sandbox

/// `leadiq sandbox`: runs the local LeadIQ look-alike until interrupted and prints how to point leadiq at it.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local LeadIQ (GraphQL and Prospector REST) on loopback until interrupted.",
        discussion: """
            Prints the environment to export in another shell. Faults can be injected to rehearse retries: \
            latency and jitter, server errors, 429s, dropped connections (writes are applied before the drop), an \
            outage from some request on, a requests-per-minute limit and a small credit balance. On SIGINT or \
            SIGTERM it prints what it served (requests, lookups, credits) on standard error before exiting.
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8787

    @Option(help: ArgumentHelp("Milliseconds from each request's arrival to its response.", valueName: "ms"))
    var latency: Int = 0

    @Option(help: ArgumentHelp("Up to this many more milliseconds, drawn per request.", valueName: "ms"))
    var jitter: Int = 0

    @Option(help: ArgumentHelp("Fraction of requests answered with a server error.", valueName: "fraction"))
    var failRate: Double = 0

    @Option(help: ArgumentHelp("Fraction of connections dropped without a response.", valueName: "fraction"))
    var resetRate: Double = 0

    @Option(help: ArgumentHelp("Fraction of requests answered 429 with Retry-After: 1.", valueName: "fraction"))
    var throttleRate: Double = 0

    @Option(help: ArgumentHelp("Requests per minute before answering 429 (default: no limit).", valueName: "n"))
    var rateLimit: Int?

    @Option(help: ArgumentHelp("Answer every request after the first n with 503: an outage mid-run.", valueName: "n"))
    var outageAfter: Int?

    @Option(help: ArgumentHelp("Send Retry-After with injected server errors and outage answers.", valueName: "s"))
    var retryAfter: Int?

    @Option(help: "Universal credits available.")
    var credits: Int = 10_000

    @Option(help: ArgumentHelp("API key to accept, as LeadIQ issues it (base64 text).", valueName: "key"))
    var key: String?

    @Option(help: "Seed for reproducible fault injection.")
    var seed: UInt64 = 0

    func validate() throws {
        guard (0...65_535).contains(self.port) else {
            throw ValidationError("--port must be from 0 to 65535.")
        }
        guard self.latency >= 0, self.jitter >= 0 else {
            throw ValidationError("--latency and --jitter are milliseconds and cannot be negative.")
        }
        guard [self.failRate, self.resetRate, self.throttleRate].allSatisfy((0...1).contains) else {
            throw ValidationError("--fail-rate, --reset-rate and --throttle-rate are fractions from 0 to 1, e.g. 0.05.")
        }
        if let rateLimit = self.rateLimit, rateLimit < 1 {
            throw ValidationError("--rate-limit must be at least 1 request per minute.")
        }
        guard self.outageAfter ?? 0 >= 0, self.retryAfter ?? 0 >= 0 else {
            throw ValidationError("--outage-after and --retry-after cannot be negative.")
        }
        guard self.credits >= 0 else {
            throw ValidationError("--credits cannot be negative.")
        }
        if let key = self.key, key.isEmpty {
            throw ValidationError("--key cannot be empty.")
        }
    }

    func run() async throws {
        var configuration = SandboxConfiguration()
        configuration.port = self.port
        configuration.latencyMilliseconds = self.latency
        configuration.jitterMilliseconds = self.jitter
        configuration.failRate = self.failRate
        configuration.resetRate = self.resetRate
        configuration.throttleRate = self.throttleRate
        configuration.requestsPerMinute = self.rateLimit
        configuration.outageAfterRequests = self.outageAfter
        configuration.retryAfterSeconds = self.retryAfter
        configuration.credits = self.credits
        configuration.seed = self.seed
        if let key = self.key {
            configuration.apiKey = key
        }
        let host = configuration.host
        let apiKey = configuration.apiKey
        let (application, stats) = try SandboxApplication.make(configuration) { port in
            // The sandbox's key is a test credential, printed on purpose so the other shell can use it. Written
            // unbuffered, because scripts wait for these lines while the server keeps running.
            let environment = """
                export LEADIQ_GRAPHQL_URL=http://\(host):\(port)/graphql
                export LEADIQ_PROSPECTOR_URL=http://\(host):\(port)
                export LEADIQ_API_KEY=\(apiKey)

                """
            try? FileHandle.standardOutput.write(contentsOf: Data(environment.utf8))
            IssueReport.printError("LeadIQ sandbox listening on \(host):\(port); Ctrl-C stops it.")
        }
        try await application.runService()
        // What it served, for scripts that drive it as a separate process and cannot read its counters otherwise.
        let rest = await stats.restRequests.values.reduce(0, +)
        let counters = """
            LeadIQ sandbox stopped: \(await stats.graphQLRequests) GraphQL requests \
            (\(await stats.searchPeopleLookups) searchPeople lookups), \(rest) Prospector requests, \
            \(await stats.creditsUsed) credits used

            """
        IssueReport.printError(counters, newline: false)
    }
}
