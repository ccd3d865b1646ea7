import ArgumentParser
import Foundation
import LeadIQ

/// How to reach LeadIQ, shared by every command that talks to it.
struct APIOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("api-key-file"),
        help: "A file holding the LeadIQ API key (default: $LEADIQ_API_KEY, then LEADIQ_API_KEY in ./.env)."
    )
    var apiKeyFile: String?

    @Option(
        name: .customLong("api-key"),
        help: ArgumentHelp("The API key itself; prefer --api-key-file or LEADIQ_API_KEY.", visibility: .hidden)
    )
    var apiKey: String?

    @Option(
        name: .customLong("graphql-url"),
        help: "LeadIQ's GraphQL URL (default: $LEADIQ_GRAPHQL_URL, then LeadIQ's own)."
    )
    var graphQLURL: String?

    @Option(
        name: .customLong("prospector-url"),
        help: "Prospector's base URL (default: $LEADIQ_PROSPECTOR_URL, then LeadIQ's own)."
    )
    var prospectorURL: String?

    @Option(
        name: .customLong("rate-limit"),
        help: "Requests per minute to stay under (default: 60, LeadIQ's standard limit; none with --sandbox)."
    )
    var rateLimit: Int?

    @Flag(help: "Run against an embedded LeadIQ sandbox on a free loopback port: no key, no network, no real credits.")
    var sandbox = false

    @Flag(help: "Trace each request to standard error (API keys redacted).")
    var verbose = false

    func validate() throws {
        if let rateLimit = self.rateLimit, rateLimit < 1 {
            throw ValidationError("--rate-limit must be at least 1 request per minute.")
        }
    }

    /// The client configuration from these options, the environment and `.env`.
    func clientConfiguration() throws -> LeadIQClientConfiguration {
        if self.apiKey != nil {
            IssueReport.printError(
                "warning: a key given with --api-key shows in process lists and shell history; "
                    + "use --api-key-file or LEADIQ_API_KEY instead."
            )
        }
        var configuration = try LeadIQClientConfiguration.resolve(
            apiKey: self.apiKey,
            apiKeyFile: self.apiKeyFile,
            graphQLURL: self.graphQLURL,
            prospectorURL: self.prospectorURL
        )
        configuration.requestsPerMinute = self.rateLimit ?? LeadIQContract.standardRequestsPerMinute
        if self.verbose {
            configuration.traceRequestsToStandardError()
        }
        return configuration
    }
}
