import Foundation
import HTTPTypes
import Hummingbird
import LeadIQ

/// The two APIs the sandbox serves, each with its own way of authenticating and of shaping errors.
enum APISurface: Sendable {
    /// `POST /graphql`: `Authorization: Basic <key>`, errors as `{"errors": [{message, extensions.response.status}]}`.
    case graphQL
    /// `/v1/...`: `X-API-Key: <decoded key>`, errors as `{code, message, details}`.
    case prospector

    static let apiKeyHeader = HTTPField.Name(LeadIQContract.prospectorKeyHeader)!

    func isAuthorized(_ request: Request, configuration: SandboxConfiguration) -> Bool {
        switch self {
        case .graphQL:
            return request.headers[.authorization] == "Basic \(configuration.apiKey)"
        case .prospector:
            return request.headers[Self.apiKeyHeader] == configuration.prospectorKey
        }
    }

    /// An error response in this API's shape. `code` is Prospector's machine-readable code; GraphQL carries the status
    /// in `extensions.response` instead.
    func error(_ status: HTTPResponse.Status, code: String, message: String, details: String? = nil) -> Response {
        switch self {
        case .graphQL:
            let body: [String: Any] = [
                "errors": [
                    [
                        "message": message,
                        "extensions": ["response": ["status": status.code, "statusText": status.reasonPhrase]],
                    ]
                ]
            ]
            return Self.json(body, status: status)
        case .prospector:
            let body = ErrorResponse(code: code, message: message, details: details.map(JSONValue.string))
            return Self.json(body, status: status)
        }
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Self.response(data, status: status)
    }

    private static func json(_ object: [String: Any], status: HTTPResponse.Status) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: .sortedKeys)) ?? Data("{}".utf8)
        return Self.response(data, status: status)
    }

    static func response(_ data: Data, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
