import LeadIQ

/// The pipeline's only way to reach LeadIQ: answers a batch of lookups, in one request when the service can alias
/// several queries into one document.
///
/// Implementations retry what is worth retrying (rate limits, server errors, transport errors) and report what still
/// fails as `LookupOutcome.failed` for the lookups concerned. They throw only for conditions that end the run for every
/// lookup: `EnrichmentError.unauthorized` and `EnrichmentError.insufficientCredits`. Any other error thrown is taken as
/// a failure of that batch alone.
public protocol LookupService: Sendable {
    /// One outcome per lookup, in the order of `lookups`.
    func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult

    /// Whether `lookUp` would answer `lookup` from what is already stored, without a request LeadIQ could charge
    /// for. The pipeline asks once it may no longer spend (the budget is used up, LeadIQ answered 402), so that what
    /// is stored still reaches the rows. Services that store nothing keep the default, `false`.
    func answersWithoutRequest(_ lookup: Lookup, selection: FieldSelection) throws -> Bool
}

extension LookupService {
    public func answersWithoutRequest(_ lookup: Lookup, selection: FieldSelection) throws -> Bool {
        false
    }
}

/// What a `LookupService` answers for one batch.
public struct LookupBatchResult: Sendable, Equatable {
    /// One outcome per lookup, in the order they were asked.
    public var outcomes: [LookupOutcome]
    /// HTTP requests this batch took, retries included (0 when every answer was stored).
    public var requests: Int
    /// The positions of the outcomes another run paid for (answered from the cache): they cost this run nothing.
    public var prepaidPositions: Set<Int>

    public init(outcomes: [LookupOutcome], requests: Int = 1, prepaidPositions: Set<Int> = []) {
        self.outcomes = outcomes
        self.requests = requests
        self.prepaidPositions = prepaidPositions
    }
}
