import Foundation
import Hummingbird
import LeadIQ

/// The Prospector REST routes, as strict as the published OpenAPI document: bodies are checked on the raw JSON,
/// ids and cursors must be 24 hex digits, pages hold 1 to 100 items (25 by default) and batches at most 100.
struct ProspectorEndpoints: Sendable {
    let store: SandboxStore
    let directory: SyntheticDirectory

    private static let surface = APISurface.prospector
    static let defaultPageSize = 25

    func register(on group: RouterGroup<SandboxRequestContext>) {
        group.post("lists") { request, context in try await self.createList(request, context) }
        group.get("lists") { request, _ in try await self.lists(request) }
        group.get("lists/:listId") { _, context in try await self.list(context) }
        group.get("lists/:listId/prospects") { request, context in try await self.listProspects(request, context) }
        group.post("lists/:listId/prospects") { request, context in try await self.addProspect(request, context) }
        group.post("lists/:listId/prospects/batch") { request, context in
            try await self.addProspects(request, context)
        }
        group.get("prospects") { request, _ in try await self.findProspects(request) }
        group.get("verify-email") { request, _ in try await self.verifyEmail(request) }
    }

    // MARK: Lists

    private func createList(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
        let input: ListInput
        do {
            input = try ProspectorValidation.listInput(try await self.json(request, context))
        } catch let failure as ProspectorValidation.Failure {
            return Self.invalid(failure, status: .badRequest)
        }
        guard let list = await self.store.createList(input, now: Self.now()) else {
            return Self.surface.error(
                .conflict, code: "list_name_taken", message: "A list named \(input.name) already exists.")
        }
        return APISurface.json(list, status: .created)
    }

    private func lists(_ request: Request) async throws -> Response {
        let role = request.uri.queryParameters["role"].map(String.init)
        if let role, role != "owner" && role != "collaborator" {
            return Self.badQuery("role must be owner or collaborator.", parameter: "role")
        }
        let all = await self.store.lists.filter { role == nil || $0.role == role }
        return Self.page(all, request: request, id: \.id)
    }

    private func list(_ context: SandboxRequestContext) async throws -> Response {
        switch await self.existingList(context) {
        case .success(let list): return APISurface.json(list, status: .ok)
        case .failure(let response): return response.response
        }
    }

    // MARK: Prospects

    private func listProspects(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
        switch await self.existingList(context) {
        case .success(let list):
            let prospects = await self.store.prospects(inList: list.id)
            return Self.page(prospects, request: request, id: \.id)
        case .failure(let response):
            return response.response
        }
    }

    private func addProspect(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
        let list: ProspectList
        switch await self.existingList(context) {
        case .success(let found): list = found
        case .failure(let response): return response.response
        }
        let input: ProspectInput
        do {
            input = try ProspectorValidation.prospectInput(try await self.json(request, context))
        } catch let failure as ProspectorValidation.Failure {
            return Self.invalid(failure, status: .unprocessableContent)
        }
        let prospect = await self.save(input, listId: list.id)
        return APISurface.json(prospect, status: .created)
    }

    /// Schema violations anywhere reject the whole batch (400); items that are well-formed but undeliverable (a work
    /// email at a `.invalid` domain) land in `failed[]` and the rest are saved.
    private func addProspects(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
        let list: ProspectList
        switch await self.existingList(context) {
        case .success(let found): list = found
        case .failure(let response): return response.response
        }
        let inputs: [ProspectInput]
        do {
            guard let items = try await self.json(request, context) as? [Any] else {
                throw ProspectorValidation.Failure(message: "Expected a JSON array of prospects.", details: "body")
            }
            guard (1...LeadIQContract.Prospector.maxBatchSize).contains(items.count) else {
                throw ProspectorValidation.Failure(
                    message:
                        "A batch holds 1 to \(LeadIQContract.Prospector.maxBatchSize) prospects, not \(items.count).",
                    details: "body"
                )
            }
            var valid: [ProspectInput] = []
            for (index, item) in items.enumerated() {
                do {
                    valid.append(try ProspectorValidation.prospectInput(item))
                } catch {
                    throw error.at(index: index)
                }
            }
            inputs = valid
        } catch let failure as ProspectorValidation.Failure {
            return Self.invalid(failure, status: .badRequest)
        }
        var succeeded: [Prospect] = []
        var failed: [BulkSaveResult.Failure] = []
        for (index, input) in inputs.enumerated() {
            if let email = input.workEmail, email.lowercased().hasSuffix(".invalid") {
                failed.append(.init(index: index, reason: "The work email's domain does not accept mail."))
            } else {
                succeeded.append(await self.save(input, listId: list.id))
            }
        }
        return APISurface.json(BulkSaveResult(succeeded: succeeded, failed: failed), status: .ok)
    }

    /// `email` alone, or `firstName` with `lastName`, or nothing (every prospect).
    private func findProspects(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        let email = query["email"].map(String.init)
        let first = query["firstName"].map(String.init)
        let last = query["lastName"].map(String.init)
        if email != nil && (first != nil || last != nil) {
            return Self.badQuery("Search by email or by name, not both.", parameter: "email")
        }
        if (first == nil) != (last == nil) {
            return Self.badQuery(
                "firstName and lastName go together.", parameter: first == nil ? "firstName" : "lastName")
        }
        if let email, !ProspectorValidation.isEmail(email) {
            return Self.badQuery("email must be an email address.", parameter: "email")
        }
        let matches = await self.store.prospects.filter { prospect in
            if let email {
                return prospect.workEmail.map(IdentifierNormalization.email) == IdentifierNormalization.email(email)
            }
            if let first, let last {
                return prospect.firstName?.lowercased() == first.lowercased()
                    && prospect.lastName?.lowercased() == last.lowercased()
            }
            return true
        }
        return Self.page(matches, request: request, id: \.id)
    }

    /// Charges a tenth of a credit per well-formed address; the verdict is the directory's (`emailStatus`).
    private func verifyEmail(_ request: Request) async throws -> Response {
        guard let email = request.uri.queryParameters["email"].map(String.init), ProspectorValidation.isEmail(email)
        else {
            return Self.badQuery("email is required and must be an email address.", parameter: "email")
        }
        guard await self.store.charge(LeadIQContract.Prospector.verificationCost) else {
            return Self.surface.error(
                HTTPResponse.Status(code: 402), code: "insufficient_credits",
                message: "Not enough credits to verify an email.")
        }
        return APISurface.json(EmailVerification(status: self.directory.emailStatus(email)), status: .ok)
    }

    // MARK: Helpers

    private struct Rejection: Error {
        let response: Response
    }

    private func existingList(_ context: SandboxRequestContext) async -> Result<ProspectList, Rejection> {
        let id = context.parameters.get("listId") ?? ""
        guard ProspectorValidation.isObjectID(id) else {
            return .failure(
                Rejection(
                    response: Self.surface.error(
                        .badRequest, code: "invalid_id", message: "A list id is 24 hex digits.", details: "listId")
                )
            )
        }
        guard let list = await self.store.list(id: id) else {
            return .failure(
                Rejection(response: Self.surface.error(.notFound, code: "not_found", message: "No list \(id)."))
            )
        }
        return .success(list)
    }

    private func save(_ input: ProspectInput, listId: String) async -> Prospect {
        let now = Self.now()
        let hasCompany = [input.company, input.companyDomain, input.companyIndustry, input.companyId]
            .contains { $0 != nil }
        let prospect = Prospect(
            id: await self.store.makeID(),
            personId: input.personId,
            linkedinUrl: input.linkedinUrl,
            firstName: input.firstName,
            lastName: input.lastName,
            name: "\(input.firstName) \(input.lastName)",
            title: input.title,
            seniority: input.seniority?.rawValue,
            function: input.function,
            workEmail: input.workEmail,
            emailStatus: input.emailStatus?.rawValue,
            mobilePhones: input.phone.map { [Prospect.MobilePhone(value: $0)] },
            location: input.location,
            company: hasCompany
                ? ProspectCompany(
                    id: input.companyId, name: input.company, domain: input.companyDomain,
                    industry: input.companyIndustry)
                : nil,
            listIds: [listId],
            notes: input.notes,
            createdAt: now,
            updatedAt: now
        )
        await self.store.addProspect(prospect)
        return prospect
    }

    private func json(_ request: Request, _ context: SandboxRequestContext) async throws -> Any {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        do {
            return try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        } catch {
            throw ProspectorValidation.Failure(message: "The body is not valid JSON.", details: "body")
        }
    }

    /// One page of `items` (already in id order) after `cursor`, with `nextCursor` set when more remain.
    private static func page<Item: Codable & Sendable & Equatable>(
        _ items: [Item], request: Request, id: KeyPath<Item, String>
    ) -> Response {
        let query = request.uri.queryParameters
        var limit = Self.defaultPageSize
        if let text = query["limit"] {
            guard let value = Int(text), (1...LeadIQContract.Prospector.maxPageSize).contains(value) else {
                return Self.badQuery(
                    "limit must be an integer from 1 to \(LeadIQContract.Prospector.maxPageSize).", parameter: "limit")
            }
            limit = value
        }
        var remaining = items[...]
        if let cursor = query["cursor"].map(String.init) {
            guard ProspectorValidation.isObjectID(cursor) else {
                return Self.badQuery("cursor must be 24 hex digits.", parameter: "cursor")
            }
            remaining = remaining.drop(while: { $0[keyPath: id] <= cursor.lowercased() })
        }
        let pageItems = Array(remaining.prefix(limit))
        let nextCursor = remaining.count > limit ? pageItems.last?[keyPath: id] : nil
        return APISurface.json(CursorPage(items: pageItems, nextCursor: nextCursor), status: .ok)
    }

    private static func invalid(_ failure: ProspectorValidation.Failure, status: HTTPResponse.Status) -> Response {
        Self.surface.error(status, code: "invalid_body", message: failure.message, details: failure.details)
    }

    private static func badQuery(_ message: String, parameter: String) -> Response {
        Self.surface.error(.badRequest, code: "invalid_query", message: message, details: parameter)
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
