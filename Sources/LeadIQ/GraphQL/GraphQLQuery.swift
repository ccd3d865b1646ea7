/// A GraphQL document with its variables, ready to be POSTed, and the response keys under `data` that answer it.
public struct GraphQLQuery<Variables: Encodable & Sendable>: Encodable, Sendable {
    public let operationName: String
    public let query: String
    public let variables: [String: Variables]
    /// The field names (or aliases) under `data`, one per lookup, in the order of the inputs.
    public let responseKeys: [String]

    init(operationName: String, query: String, variables: [String: Variables], responseKeys: [String]) {
        self.operationName = operationName
        self.query = query
        self.variables = variables
        self.responseKeys = responseKeys
    }

    private enum CodingKeys: String, CodingKey {
        case operationName, query, variables
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.operationName, forKey: .operationName)
        try container.encode(self.query, forKey: .query)
        if !self.variables.isEmpty {
            try container.encode(self.variables, forKey: .variables)
        }
    }
}
