import LeadIQ
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sandbox

/// Requests as LeadIQ's clients send them, and their answers as JSON.
enum SandboxWire {
    static let key = SandboxConfiguration.defaultAPIKey
    /// What Prospector expects: the default key, base64-decoded.
    static let decodedKey = "leadiq-sandbox-key"

    struct Reply: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: JSONValue
    }

    static func sandbox(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in }
    ) throws -> (application: some ApplicationProtocol, stats: SandboxStats) {
        var configuration = SandboxConfiguration()
        configure(&configuration)
        return try SandboxApplication.make(configuration)
    }

    /// Posts `{query, variables}`; `variables` is JSON text so tests show exactly what clients send.
    static func graphQL(
        _ client: some TestClientProtocol,
        _ query: String,
        variables: String = "{}",
        authorization: String? = "Basic \(key)"
    ) async throws -> Reply {
        let queryJSON = String(decoding: try JSONEncoder().encode(query), as: UTF8.self)
        let body = #"{"query":\#(queryJSON),"variables":\#(variables)}"#
        var headers: HTTPFields = [.contentType: "application/json"]
        if let authorization {
            headers[.authorization] = authorization
        }
        return try await Self.send(client, "/graphql", method: .post, headers: headers, body: body)
    }

    /// A Prospector request with the decoded key in `X-API-Key`.
    static func rest(
        _ client: some TestClientProtocol,
        _ method: HTTPRequest.Method,
        _ path: String,
        body: String? = nil,
        apiKey: String? = decodedKey
    ) async throws -> Reply {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let apiKey {
            headers[HTTPField.Name("X-API-Key")!] = apiKey
        }
        return try await Self.send(client, path, method: method, headers: headers, body: body)
    }

    private static func send(
        _ client: some TestClientProtocol,
        _ uri: String,
        method: HTTPRequest.Method,
        headers: HTTPFields,
        body: String?
    ) async throws -> Reply {
        try await client.execute(
            uri: uri,
            method: method,
            headers: headers,
            body: body.map { ByteBuffer(string: $0) }
        ) { response in
            let data = Data(response.body.readableBytesView)
            let json = data.isEmpty ? JSONValue.null : try JSONDecoder().decode(JSONValue.self, from: data)
            return Reply(status: response.status, headers: response.headers, body: json)
        }
    }
}
