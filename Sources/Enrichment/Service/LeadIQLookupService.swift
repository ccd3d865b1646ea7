import LeadIQ

/// Answers lookups through a `LeadIQClient`: a batch's person lookups in one aliased `searchPeople` request, its
/// company lookups one `searchCompany` request each (LeadIQ's client has no company batch).
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
                let result: CompanySearchResult
                do {
                    result = try await self.client.searchCompany(input)
                } catch {
                    outcomes[index] = try Self.failure(Self.clientError(error))
                    continue
                }
                outcomes[index] = result.results?.first.map(LookupOutcome.company) ?? .notFound
            }
        }
        guard !people.isEmpty else { return LookupBatchResult(outcomes: outcomes, requests: requests) }
        requests += 1
        let results: [Result<SearchResult, LeadIQError>]
        do {
            results = try await self.client.searchPeople(people.map(\.input), selection: selection)
        } catch {
            results = Array(repeating: .failure(try Self.clientError(error)), count: people.count)
        }
        for (person, result) in zip(people, results) {
            switch result {
            case .success(let answer):
                outcomes[person.index] = answer.results?.first.map(LookupOutcome.person) ?? .notFound
            case .failure(let error):
                outcomes[person.index] = try Self.failure(error)
            }
        }
        return LookupBatchResult(outcomes: outcomes, requests: requests)
    }

    /// The outcome for a lookup the client could not answer; throws the errors that end the run.
    private static func failure(_ error: LeadIQError) throws -> LookupOutcome {
        if error == .unauthorized {
            throw EnrichmentError.unauthorized
        }
        if error == .insufficientCredits {
            throw EnrichmentError.insufficientCredits
        }
        return .failed(reason: String(describing: error))
    }

    /// The client's error; anything else it lets through (cancellation) is passed on, as it is not a lookup's fault.
    private static func clientError(_ error: any Error) throws -> LeadIQError {
        guard let error = error as? LeadIQError else { throw error }
        return error
    }
}
