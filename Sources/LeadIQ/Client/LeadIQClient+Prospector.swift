import Foundation

extension LeadIQClient {
    /// Creates a list. A write: not retried after a server error or a broken connection, since it may have been made.
    public func createList(_ input: ListInput) async throws -> ProspectList {
        try Self.check(input.validationProblems())
        return try await self.prospector(LeadIQContract.Prospector.lists, body: input, idempotent: false)
    }

    /// One page of the lists the key can see.
    public func lists(cursor: String? = nil, limit: Int = LeadIQContract.Prospector.maxPageSize) async throws
        -> PaginatedLists
    {
        let query = try Self.pageQuery(limit: limit, cursor: cursor)
        return try await self.prospector(LeadIQContract.Prospector.lists, query: query)
    }

    /// Every list the key can see, following `nextCursor` to the end.
    public func allLists() async throws -> [ProspectList] {
        var lists: [ProspectList] = []
        for try await list in CursorPages<ProspectList>(fetchPage: { cursor in
            let page = try await self.lists(cursor: cursor)
            return (page.items, page.nextCursor)
        }) {
            lists.append(list)
        }
        return lists
    }

    /// One list by id.
    public func list(id: String) async throws -> ProspectList {
        try await self.prospector(LeadIQContract.Prospector.list(try Self.objectID(id, "list id")))
    }

    /// Saves one prospect to a list. A write: each call creates a prospect, so it is not retried after a server error
    /// or a broken connection.
    public func addProspect(listID: String, _ input: ProspectInput) async throws -> Prospect {
        try Self.check(input.validationProblems())
        let path = LeadIQContract.Prospector.listProspects(try Self.objectID(listID, "list id"))
        return try await self.prospector(path, body: input, idempotent: false)
    }

    /// Saves 1 to 100 prospects to a list in one request; `failed[].index` points into `inputs`. Nothing is sent when
    /// the batch is too large or any prospect breaks the published schema. A write, as `addProspect`.
    public func addProspects(listID: String, _ inputs: [ProspectInput]) async throws -> BulkSaveResult {
        let maxBatch = LeadIQContract.Prospector.maxBatchSize
        guard (1...maxBatch).contains(inputs.count) else {
            throw LeadIQError.invalidInput.with(detail: "a batch holds 1 to \(maxBatch) prospects, not \(inputs.count)")
        }
        for (index, input) in inputs.enumerated() {
            try Self.check(input.validationProblems().map { "prospect \(index): \($0)" })
        }
        let path = LeadIQContract.Prospector.listProspectsBatch(try Self.objectID(listID, "list id"))
        return try await self.prospector(path, body: inputs, idempotent: false)
    }

    /// One page of a list's prospects.
    public func listProspects(
        listID: String,
        limit: Int = LeadIQContract.Prospector.maxPageSize,
        cursor: String? = nil
    ) async throws -> PaginatedProspects {
        let path = LeadIQContract.Prospector.listProspects(try Self.objectID(listID, "list id"))
        return try await self.prospector(path, query: try Self.pageQuery(limit: limit, cursor: cursor))
    }

    /// Every prospect of a list, fetched page by page while iterating.
    public func allListProspects(
        listID: String,
        pageSize: Int = LeadIQContract.Prospector.maxPageSize
    ) -> CursorPages<Prospect> {
        CursorPages { cursor in
            let page = try await self.listProspects(listID: listID, limit: pageSize, cursor: cursor)
            return (page.items, page.nextCursor)
        }
    }

    /// One page of the saved prospects `search` finds, in every list.
    public func prospects(
        _ search: ProspectSearch,
        limit: Int = LeadIQContract.Prospector.maxPageSize,
        cursor: String? = nil
    ) async throws -> PaginatedProspects {
        let criteria: [(String, String)] =
            switch search {
            case .email(let email): [("email", try Self.email(email))]
            case .name(let first, let last): [("firstName", try Self.name(first)), ("lastName", try Self.name(last))]
            }
        let query = try criteria + Self.pageQuery(limit: limit, cursor: cursor)
        return try await self.prospector(LeadIQContract.Prospector.prospects, query: query)
    }

    /// Every saved prospect `search` finds, fetched page by page while iterating.
    public func allProspects(_ search: ProspectSearch) -> CursorPages<Prospect> {
        CursorPages { cursor in
            let page = try await self.prospects(search, cursor: cursor)
            return (page.items, page.nextCursor)
        }
    }

    /// Verifies one address (LeadIQ bills 0.1 credit).
    public func verifyEmail(_ email: String) async throws -> EmailVerification {
        try await self.prospector(LeadIQContract.Prospector.verifyEmail, query: [("email", try Self.email(email))])
    }

    /// A `GET` of `path`, retried when safe.
    private func prospector<Value: Decodable>(_ path: String, query: [(String, String)] = []) async throws -> Value {
        try await self.prospector(path, query: query, body: nil as Data?, idempotent: true)
    }

    /// A `POST` of `body` as JSON.
    private func prospector<Body: Encodable, Value: Decodable>(
        _ path: String,
        body: Body,
        idempotent: Bool
    ) async throws -> Value {
        try await self.prospector(path, query: [], body: try JSONEncoder().encode(body), idempotent: idempotent)
    }

    private func prospector<Value: Decodable>(
        _ path: String,
        query: [(String, String)],
        body: Data?,
        idempotent: Bool
    ) async throws -> Value {
        var url = self.configuration.prospectorURL
        while url.hasSuffix("/") { url.removeLast() }
        url += path
        if !query.isEmpty {
            url += "?" + query.map { "\($0.0)=\(Self.percentEncoded($0.1))" }.joined(separator: "&")
        }
        var request = Self.jsonRequest(url: url, body: body)
        request.headers.add(
            name: LeadIQContract.prospectorKeyHeader,
            value: self.configuration.apiKey.prospectorHeaderValue
        )
        return try await self.perform(request, idempotent: idempotent) { response in
            do {
                return try JSONDecoder().decode(Value.self, from: response.body)
            } catch {
                throw LeadIQError.invalidResponse.with(
                    httpStatus: response.status,
                    detail: "\(path) answered with a body that does not decode (\(error))"
                )
            }
        }
    }

    private static func check(_ problems: [String]) throws(LeadIQError) {
        guard problems.isEmpty else {
            throw LeadIQError.invalidInput.with(detail: problems.joined(separator: "; "))
        }
    }

    private static func objectID(_ id: String, _ what: String) throws(LeadIQError) -> String {
        guard WireFormat.isObjectID(id) else {
            throw LeadIQError.invalidInput.with(detail: "\(what) '\(id)' is not 24 hexadecimal digits")
        }
        return id
    }

    private static func email(_ email: String) throws(LeadIQError) -> String {
        guard WireFormat.isEmail(email) else {
            throw LeadIQError.invalidInput.with(detail: "'\(email)' is not an email address")
        }
        return email
    }

    private static func name(_ name: String) throws(LeadIQError) -> String {
        guard !name.isEmpty else { throw LeadIQError.invalidInput.with(detail: "a name to search for cannot be empty") }
        return name
    }

    private static func pageQuery(limit: Int, cursor: String?) throws(LeadIQError) -> [(String, String)] {
        let maxPage = LeadIQContract.Prospector.maxPageSize
        guard (1...maxPage).contains(limit) else {
            throw LeadIQError.invalidInput.with(detail: "page size must be 1 to \(maxPage), not \(limit)")
        }
        guard let cursor else { return [("limit", String(limit))] }
        return [("limit", String(limit)), ("cursor", try Self.objectID(cursor, "page cursor"))]
    }

    /// Only RFC 3986's unreserved characters stay as they are; `+` in an email must not turn into a space.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    private static func percentEncoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? value
    }
}
