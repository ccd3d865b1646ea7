import Foundation

extension LeadIQClientConfiguration {
    public static let apiKeyVariable = "LEADIQ_API_KEY"
    public static let graphQLURLVariable = "LEADIQ_GRAPHQL_URL"
    public static let prospectorURLVariable = "LEADIQ_PROSPECTOR_URL"

    /// Builds a configuration from what the user gave, most specific first: command-line values, then the process
    /// environment, then `.env` in `directory`, then LeadIQ's public URLs.
    ///
    /// - Parameters:
    ///   - apiKey: a key typed on the command line (the caller warns: it shows up in process lists and history).
    ///   - apiKeyFile: a file holding the key; surrounding whitespace is ignored.
    public static func resolve(
        apiKey: String? = nil,
        apiKeyFile: String? = nil,
        graphQLURL: String? = nil,
        prospectorURL: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws(LeadIQError) -> LeadIQClientConfiguration {
        let dotEnv = DotEnv.load(from: directory)
        func setting(_ name: String) -> String? {
            [environment[name], dotEnv[name]].compactMap { $0 }.first { !$0.isEmpty }
        }
        let keyText: String
        if let apiKey {
            keyText = apiKey
        } else if let apiKeyFile {
            guard let text = try? String(contentsOfFile: apiKeyFile, encoding: .utf8) else {
                throw LeadIQError.invalidConfiguration.with(detail: "cannot read the API key file '\(apiKeyFile)'")
            }
            guard !text.allSatisfy(\.isWhitespace) else {
                throw LeadIQError.invalidConfiguration.with(detail: "the API key file '\(apiKeyFile)' is empty")
            }
            keyText = text
        } else if let text = setting(self.apiKeyVariable) {
            keyText = text
        } else {
            throw LeadIQError.missingAPIKey
        }
        let configuration = LeadIQClientConfiguration(
            apiKey: try APIKey(keyText),
            graphQLURL: graphQLURL ?? setting(self.graphQLURLVariable) ?? LeadIQContract.defaultGraphQLURL,
            prospectorURL: prospectorURL ?? setting(self.prospectorURLVariable) ?? LeadIQContract.defaultProspectorURL
        )
        try configuration.validate()
        return configuration
    }
}
