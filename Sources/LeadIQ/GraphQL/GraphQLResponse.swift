import Foundation

/// A GraphQL response body: `data` keyed by field name or alias, and `errors[]`.
struct GraphQLResponse<Value: Decodable>: Decodable {
    var data: [String: Value?]?
    var errors: [GraphQLResponseError]?

    /// Each expected key's answer, in order: its data, its own error (matched by `path[0]`), or `nil` when it has
    /// neither because an error elsewhere nulled the whole `data` (GraphQL propagates nulls from non-null fields).
    ///
    /// Errors that concern the whole request are thrown instead: a status of 401, 429 or 5xx in
    /// `extensions.response.status` (the key, the rate limit or the server, not one lookup), and errors without a path.
    static func results(
        of body: Data,
        keys: [String],
        apiKey: APIKey
    ) throws(LeadIQError) -> [Result<Value, LeadIQError>?] {
        let response: GraphQLResponse<Value>
        do {
            response = try JSONDecoder().decode(GraphQLResponse<Value>.self, from: body)
        } catch {
            throw LeadIQError.invalidResponse.with(detail: "the GraphQL body does not decode (\(error))")
        }
        var byKey: [String: LeadIQError] = [:]
        for error in response.errors ?? [] {
            let typed = error.typed(apiKey: apiKey)
            guard let key = error.pathKey, keys.contains(key), !typed.isTransient, typed != .unauthorized else {
                throw typed
            }
            byKey[key] = byKey[key] ?? typed
        }
        return keys.map { key -> Result<Value, LeadIQError>? in
            if let error = byKey[key] { return .failure(error) }
            if let value = response.data?[key], let value { return .success(value) }
            return nil
        }
    }
}

/// One entry of a GraphQL response's `errors[]`.
struct GraphQLResponseError: Decodable, Sendable {
    var message: String?
    var path: [PathComponent]?
    var extensions: Extensions?

    struct Extensions: Decodable, Sendable {
        var response: HTTPResponse?
    }

    /// LeadIQ reports the HTTP status an error stands for here, inside an HTTP 200.
    struct HTTPResponse: Decodable, Sendable {
        var status: Int?
    }

    enum PathComponent: Decodable, Sendable {
        case field(String)
        case index(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .field(try container.decode(String.self))
            }
        }
    }

    /// The top-level field (or alias) the error belongs to.
    var pathKey: String? {
        guard case .field(let key) = self.path?.first else { return nil }
        return key
    }

    /// The typed error: by `extensions.response.status` when present, else a plain GraphQL error.
    func typed(apiKey: APIKey) -> LeadIQError {
        let detail = self.message.map(apiKey.redacting)
        guard let status = self.extensions?.response?.status, let kind = LeadIQError.forStatus(status) else {
            return LeadIQError.graphQL.with(detail: detail)
        }
        return kind.with(detail: detail)
    }
}
