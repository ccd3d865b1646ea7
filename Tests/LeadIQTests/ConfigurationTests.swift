import Foundation
import Testing

@testable import LeadIQ

@Suite struct ConfigurationTests {
    static let keyA = Data("key-a".utf8).base64EncodedString()
    static let keyB = Data("key-b".utf8).base64EncodedString()

    /// A fresh directory, optionally holding a `.env`.
    static func directory(dotEnv: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if let dotEnv {
            try dotEnv.write(to: url.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test func dotEnvParsesCommentsExportAndQuotes() {
        let values = DotEnv.parse(
            """
            # settings
            export LEADIQ_API_KEY = "abc=="
            LEADIQ_GRAPHQL_URL=http://127.0.0.1:8080/graphql # local
            EMPTY=
            SINGLE='a #b'
            not a line
            """
        )
        #expect(
            values == [
                "LEADIQ_API_KEY": "abc==", "LEADIQ_GRAPHQL_URL": "http://127.0.0.1:8080/graphql", "EMPTY": "",
                "SINGLE": "a #b",
            ]
        )
    }

    @Test func environmentWinsOverDotEnvAndDefaultsFillTheRest() throws {
        let directory = try Self.directory(
            dotEnv: "LEADIQ_API_KEY=\(Self.keyB)\nLEADIQ_PROSPECTOR_URL=http://localhost:9/\n"
        )
        let configuration = try LeadIQClientConfiguration.resolve(
            environment: ["LEADIQ_API_KEY": Self.keyA],
            directory: directory
        )
        let expected = try APIKey(Self.keyA)
        #expect(configuration.apiKey == expected)
        #expect(configuration.prospectorURL == "http://localhost:9/")
        #expect(configuration.graphQLURL == LeadIQContract.defaultGraphQLURL)
    }

    @Test func keyFileWinsOverEnvironment() throws {
        let directory = try Self.directory()
        let file = directory.appendingPathComponent("key")
        try "\(Self.keyB)\n".write(to: file, atomically: true, encoding: .utf8)
        let configuration = try LeadIQClientConfiguration.resolve(
            apiKeyFile: file.path,
            environment: ["LEADIQ_API_KEY": Self.keyA],
            directory: directory
        )
        #expect(configuration.apiKey.prospectorHeaderValue == "key-b")
    }

    @Test func anEmptyKeyFileSaysSo() throws {
        let directory = try Self.directory()
        let file = directory.appendingPathComponent("key")
        try "\n".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: LeadIQError.invalidConfiguration) {
            try LeadIQClientConfiguration.resolve(apiKeyFile: file.path, environment: [:], directory: directory)
        }
        #expect(error?.detail == "the API key file '\(file.path)' is empty")
    }

    @Test func noKeyAnywhereIsMissingAPIKey() throws {
        let directory = try Self.directory()
        #expect(throws: LeadIQError.missingAPIKey) {
            try LeadIQClientConfiguration.resolve(environment: [:], directory: directory)
        }
    }

    @Test(arguments: [
        "http://api.leadiq.com/graphql", "http://10.0.0.1/graphql", "ftp://localhost/graphql", "not a url",
    ])
    func refusesPlainHTTPBeyondLoopback(_ url: String) throws {
        let configuration = LeadIQClientConfiguration(apiKey: try APIKey(Self.keyA), graphQLURL: url)
        #expect(throws: LeadIQError.invalidConfiguration) { try configuration.validate() }
    }

    @Test(arguments: [
        "https://api.leadiq.com/graphql", "http://127.0.0.1:8080/graphql", "http://localhost/graphql",
        "http://[::1]:9000/graphql", "http://127.1.2.3/graphql",
    ])
    func acceptsHTTPSAndLoopbackHTTP(_ url: String) throws {
        let configuration = LeadIQClientConfiguration(apiKey: try APIKey(Self.keyA), graphQLURL: url)
        try configuration.validate()
    }

    @Test func refusesAClientWithoutConnections() throws {
        var configuration = LeadIQClientConfiguration(apiKey: try APIKey(Self.keyA))
        configuration.maximumConnections = 0
        #expect(throws: LeadIQError.invalidConfiguration) { try configuration.validate() }
        configuration.maximumConnections = 16
        try configuration.validate()
    }
}
