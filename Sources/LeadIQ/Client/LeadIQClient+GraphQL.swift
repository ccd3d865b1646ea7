import Foundation

extension LeadIQClient {
    /// The caller's plans and credit balances. Free.
    public func account() async throws -> Account {
        try await self.single(GraphQLDocuments.account())
    }

    /// Looks up several people in one request, one result per input in input order.
    ///
    /// More than one input is sent as one aliased document. A lookup LeadIQ fails on its own (GraphQL error with its
    /// alias in `path`) becomes that lookup's `.failure`; the others keep their answers. When such an error nulled the
    /// whole `data` (GraphQL's null propagation), the lookups left without an answer are sent again without the
    /// failed ones. Errors about the whole request (key, rate limit, server) are thrown. Keep batches small (LeadIQ's
    /// own connector uses 10): one slow lookup holds up the rest.
    public func searchPeople(
        _ inputs: [SearchPeopleInput],
        selection: FieldSelection
    ) async throws -> [Result<SearchResult, LeadIQError>] {
        try await self.aliased(inputs, field: "searchPeople") { pending in
            GraphQLDocuments.searchPeople(pending, selection: selection)
        }
    }

    /// One company's firmographics (billed as company data).
    public func searchCompany(_ input: SearchCompanyInput) async throws -> CompanySearchResult {
        try await self.single(GraphQLDocuments.searchCompany(input))
    }

    /// Whether LeadIQ likely has an email or phone for a person. Free.
    public func searchPeoplePreview(_ input: SearchPeoplePreviewInput) async throws -> SearchPeoplePreviewResult {
        try await self.single(GraphQLDocuments.searchPeoplePreview([input]))
    }

    /// Previews several people in one request, one result per input in input order, with the flags for the contact
    /// data in `selection`. Free. Failures are reported and retried as `searchPeople` does.
    public func searchPeoplePreview(
        _ inputs: [SearchPeoplePreviewInput],
        selection: FieldSelection
    ) async throws -> [Result<SearchPeoplePreviewResult, LeadIQError>] {
        try await self.aliased(inputs, field: "searchPeoplePreview") { pending in
            GraphQLDocuments.searchPeoplePreview(pending, selection: selection)
        }
    }

    /// People matching company and contact filters. LeadIQ rejects `skip + limit` above 10,000, so this does too.
    public func flatAdvancedSearch(_ input: FlatSearchInput) async throws -> PersonSearchResponse {
        try Self.checkSearchWindow(skip: input.skip, limit: input.limit)
        return try await self.single(GraphQLDocuments.flatAdvancedSearch(input))
    }

    /// Companies matching the filters, each with its matching people.
    public func groupedAdvancedSearch(_ input: GroupedSearchInput) async throws -> CompanySearchResponse {
        try Self.checkSearchWindow(skip: input.skip, limit: input.limit)
        return try await self.single(GraphQLDocuments.groupedAdvancedSearch(input))
    }

    private static func checkSearchWindow(skip: Int?, limit: Int?) throws(LeadIQError) {
        let window = (skip ?? 0) + (limit ?? 0)
        guard window <= LeadIQContract.maxAdvancedSearchWindow else {
            throw LeadIQError.invalidInput.with(
                detail: "skip + limit is \(window), above advanced search's \(LeadIQContract.maxAdvancedSearchWindow)"
            )
        }
    }

    /// Sends `inputs` as one aliased document, then again without the lookups that failed on their own whenever an
    /// error nulled the whole `data`, until every input has its answer or its error.
    private func aliased<Input: Encodable & Sendable, Value: Decodable>(
        _ inputs: [Input],
        field: String,
        document: ([Input]) -> GraphQLQuery<Input>
    ) async throws -> [Result<Value, LeadIQError>] {
        var results: [Result<Value, LeadIQError>?] = Array(repeating: nil, count: inputs.count)
        var pending = Array(inputs.indices)
        while !pending.isEmpty {
            let answers: [Result<Value, LeadIQError>?] = try await self.graphQL(document(pending.map { inputs[$0] }))
            for (index, answer) in zip(pending, answers) {
                results[index] = answer
            }
            let unanswered = pending.filter { results[$0] == nil }
            guard unanswered.count < pending.count else {
                throw LeadIQError.invalidResponse.with(detail: "no answer for \(pending.count) \(field) lookups")
            }
            pending = unanswered
        }
        return results.compactMap { $0 }
    }

    /// A one-field document's answer, or its error thrown.
    private func single<Variables, Value: Decodable>(_ request: GraphQLQuery<Variables>) async throws -> Value {
        let answers: [Result<Value, LeadIQError>?] = try await self.graphQL(request)
        guard let answer = answers.first, let answer else {
            throw LeadIQError.invalidResponse.with(detail: "no data for \(request.operationName)")
        }
        return try answer.get()
    }

    /// POSTs a document (a read: retried on 429, 5xx and broken connections) and maps the answer per response key.
    private func graphQL<Variables, Value: Decodable>(
        _ request: GraphQLQuery<Variables>
    ) async throws -> [Result<Value, LeadIQError>?] {
        let apiKey = self.configuration.apiKey
        var http = Self.jsonRequest(url: self.configuration.graphQLURL, body: try JSONEncoder().encode(request))
        http.headers.add(name: LeadIQContract.graphQLAuthorizationHeader, value: apiKey.graphQLHeaderValue)
        return try await self.perform(http, idempotent: true) { response in
            do throws(LeadIQError) {
                return try GraphQLResponse<Value>.results(of: response.body, keys: request.responseKeys, apiKey: apiKey)
            } catch {
                throw error.with(retryAfter: response.retryAfter)
            }
        }
    }
}
