import Foundation
import GraphQL
import LeadIQ

/// LeadIQ's schema (`LeadIQSchema.sdl`) built twice with `buildSchema`: once untouched, to validate every incoming
/// document exactly as LeadIQ would, and once wired with resolvers, to execute it.
///
/// The executable copy differs in three ways that no valid document can observe:
/// - the root fields are nullable, so an error in one aliased lookup nulls that alias only instead of all of `data`;
/// - `Account.plans` is typed `[UniversalPlan!]!`, because an SDL-built interface has no way to tell which plan a
///   value is, and the sandbox only has a universal plan (fragments on `Plan` still apply);
/// - fields the LeadIQ wire models do not carry but the schema requires (timestamps, statuses, empty lists) get fixed
///   values; everything else is read from the models by name.
struct SandboxSchema: Sendable {
    let validation: GraphQLSchema
    let execution: GraphQLSchema
    private let validated = ValidatedDocuments()

    init() throws {
        self.validation = try buildSchema(source: LeadIQSchema.sdl)
        self.execution = try buildSchema(source: LeadIQSchema.sdl)
        try self.wireExecution()
    }

    /// Parses, validates against the untouched schema, then executes. Never throws: every failure is a GraphQL error.
    func run(_ request: GraphQLRequest, context: ResolverContext) async -> GraphQLResult {
        let document: Document
        if let known = await self.validated.document(for: request.query) {
            document = known
        } else {
            do {
                document = try parse(source: Source(body: request.query, name: "GraphQL request"))
            } catch let error as GraphQLError {
                return GraphQLResult(errors: [error])
            } catch {
                return GraphQLResult(errors: [GraphQLError(message: "The document could not be parsed: \(error)")])
            }
            let errors = validate(schema: self.validation, ast: document)
            guard errors.isEmpty else {
                return GraphQLResult(errors: errors)
            }
            await self.validated.remember(document, for: request.query)
        }
        do {
            return try await execute(
                schema: self.execution,
                documentAST: document,
                rootValue: (),
                context: context,
                variableValues: request.variables,
                operationName: request.operationName
            )
        } catch let error as GraphQLError {
            return GraphQLResult(errors: [error])
        } catch {
            return GraphQLResult(errors: [GraphQLError(message: "\(error)")])
        }
    }

    private func wireExecution() throws {
        try self.replaceFields(of: "Query") { name, field in
            let nullable = (field.type as? GraphQLNonNull)?.ofType as? GraphQLOutputType ?? field.type
            return GraphQLField(type: nullable, args: field.args, resolve: QueryResolvers.all[name])
        }
        guard let universalPlan = self.execution.getType(name: "UniversalPlan") as? GraphQLObjectType else {
            throw GraphQLError(message: "LeadIQSchema.sdl lacks UniversalPlan.")
        }
        try self.replaceFields(of: "Account") { name, field in
            guard name == "plans" else { return field }
            return GraphQLField(type: GraphQLNonNull(GraphQLList(GraphQLNonNull(universalPlan))), args: field.args)
        }
        let resolvers = Self.fixedValues.merging(ModelFieldResolvers.byType) { fixed, read in
            fixed.merging(read) { fixed, _ in fixed }
        }
        for (typeName, values) in resolvers {
            try self.replaceFields(of: typeName) { name, field in
                guard let resolve = values[name] else { return field }
                return GraphQLField(type: field.type, args: field.args, resolve: resolve)
            }
        }
        // `buildSchema` leaves each input object's fields as a closure that rebuilds them from the SDL, and the
        // executor calls it for every variable of every request: build them once.
        for case let type as GraphQLInputObjectType in self.execution.typeMap.values {
            let fields = try type.fields()
            type.fields = { fields }
        }
    }

    private func replaceFields(
        of typeName: String,
        _ transform: (String, GraphQLField) throws -> GraphQLField
    ) throws {
        guard let type = self.execution.getType(name: typeName) as? GraphQLObjectType else {
            throw GraphQLError(message: "LeadIQSchema.sdl lacks \(typeName).")
        }
        var fields = try type.fields()
        for (name, field) in fields {
            fields[name] = try transform(name, field)
        }
        let replaced = fields
        type.fields = { replaced }
    }

    private static func constant(_ value: any Sendable) -> GraphQLFieldResolve {
        { _, _, _, _ in value }
    }

    private static let noItems: [String] = []
    private static let timestamp = constant(SyntheticDirectory.timestamp)

    /// Values for required schema fields that LeadIQ's wire models leave out, by type and field.
    private static let fixedValues: [String: [String: GraphQLFieldResolve]] = [
        "PersonRecord": [
            "_id": { source, _, _, _ in (source as? PersonRecord)?.id },
            "pastPositions": constant(noItems),
            "profiles": constant(noItems),
            "education": constant(noItems),
            "updatedAt": timestamp,
        ],
        "PositionRecord": [
            "updatedAt": timestamp,
            "matchedQuery": constant(true),
            "workEmail": { source, _, _, _ in (source as? PositionRecord)?.emails?.first },
        ],
        "WorkEmailRecordType": ["updatedAt": timestamp],
        "PersonalEmailRecordType": ["updatedAt": timestamp],
        "WorkPhoneRecordType": ["updatedAt": timestamp],
        "PersonalPhoneRecordType": ["updatedAt": timestamp],
        "LinkedinRecord": [
            "type": constant("NotApplicable"), "status": constant("Valid"), "updatedAt": timestamp,
        ],
        "LocationRecord": [
            "type": constant("NotApplicable"), "status": constant("Valid"), "updatedAt": timestamp,
        ],
        "CompanyInfo": [
            "source": constant("sandbox"),
            "businessTypes": constant(["types": noItems] as [String: any Sendable]),
        ],
        "UniversalPlan": ["visibility": constant(noItems), "costs": constant(noItems)],
    ]
}
