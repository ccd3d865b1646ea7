import Foundation
import GraphQL
import Hummingbird

/// `POST /graphql`: decodes `{query, operationName, variables}`, runs it through `SandboxSchema` and answers 200 with
/// `data` and/or `errors`, as LeadIQ does for everything but transport-level failures.
struct GraphQLEndpoint: Sendable {
    let schema: SandboxSchema
    let context: ResolverContext

    func respond(_ request: Request, context: SandboxRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let graphQLRequest: GraphQLRequest
        do {
            graphQLRequest = try JSONDecoder().decode(GraphQLRequest.self, from: Data(body.readableBytesView))
        } catch {
            return APISurface.graphQL.error(
                .badRequest,
                code: "bad_request",
                message: "The body must be JSON with a `query` string and optional `variables` and `operationName`."
            )
        }
        let result = await self.schema.run(graphQLRequest, context: self.context)
        let data = (try? GraphQLJSONEncoder().encode(result)) ?? Data(#"{"errors":[{"message":"encoding"}]}"#.utf8)
        return APISurface.response(data, status: .ok)
    }
}
