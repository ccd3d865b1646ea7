import LeadIQ

/// Answers lookups through a `LeadIQClient`: a batch's person lookups in one aliased `searchPeople` request, its
/// company lookups one `searchCompany` request each (LeadIQ's client has no company batch), and its email
/// verifications one `verify-email` request each (Prospector verifies one address per call).
///
/// A rejected key and exhausted credits end the run (`EnrichmentError`); every other client error, after the
/// client's own retries, fails only the lookups it concerns.
public struct LeadIQLookupService: LookupService {
    private let client: LeadIQClient

    public init(client: LeadIQClient) {
        self.client = client
    }

    public func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
        var outcomes = Array(repeating: LookupOutcome.notFound, count: lookups.count)
        var requests = 0
        var people: [(index: Int, input: SearchPeopleInput)] = []
        for (index, lookup) in lookups.enumerated() {
            switch lookup {
            case .person(let input):
                people.append((index, input))
            case .company(let input):
                requests += 1
                outcomes[index] = try await Self.outcome {
                    try await self.client.searchCompany(input).results?.first.map(LookupOutcome.company) ?? .notFound
                }
            case .emailVerification(let email):
                requests += 1
                outcomes[index] = try await Self.outcome {
                    LookupOutcome.emailVerification(try await self.client.verifyEmail(email))
                }
            }
        }
        guard !people.isEmpty else { return LookupBatchResult(outcomes: outcomes, requests: requests) }
        requests += 1
        let results: [Result<SearchResult, LeadIQError>]
        do {
            results = try await self.client.searchPeople(people.map(\.input), selection: selection)
        } catch {
            results = Array(repeating: .failure(try LookupFailure.clientError(error)), count: people.count)
        }
        for (person, result) in zip(people, results) {
            switch result {
            case .success(let answer):
                outcomes[person.index] = answer.results?.first.map(LookupOutcome.person) ?? .notFound
            case .failure(let error):
                outcomes[person.index] = try LookupFailure.outcome(error)
            }
        }
        return LookupBatchResult(outcomes: outcomes, requests: requests)
    }

    /// The outcome of one single-lookup request, or its failure.
    private static func outcome(_ request: () async throws -> LookupOutcome) async throws -> LookupOutcome {
        do {
            return try await request()
        } catch {
            return try LookupFailure.outcome(try LookupFailure.clientError(error))
        }
    }
}
