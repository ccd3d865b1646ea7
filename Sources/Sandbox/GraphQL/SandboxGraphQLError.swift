import GraphQL

/// GraphQL errors shaped as LeadIQ shapes them: the HTTP-like status in `extensions.response.status`, and for an
/// error inside one field, the field's `path` (its alias) so that batched lookups can tell which one failed.
enum SandboxGraphQLError {
    static func make(
        _ message: String,
        status: Int,
        statusText: String,
        info: GraphQLResolveInfo? = nil
    ) -> GraphQLError {
        GraphQLError(
            message: message,
            nodes: info?.fieldASTs ?? [],
            path: info?.path ?? [],
            extensions: ["response": ["status": .number(Number(status)), "statusText": .string(statusText)]]
        )
    }

    static func insufficientCredits(cost: String, available: String, info: GraphQLResolveInfo) -> GraphQLError {
        Self.make(
            "Insufficient credits: this lookup costs \(cost) and \(available) remain.",
            status: 402,
            statusText: "Payment Required",
            info: info
        )
    }

    static func badRequest(_ message: String, info: GraphQLResolveInfo? = nil) -> GraphQLError {
        Self.make(message, status: 400, statusText: "Bad Request", info: info)
    }
}
