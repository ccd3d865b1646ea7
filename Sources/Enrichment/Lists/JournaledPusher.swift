import LeadIQ

/// Sends a push's batches in order through a `ProspectPusher`, journaled when a journal is given: a batch an earlier,
/// interrupted run of the same push sent is answered from the journal without being sent again, and only the first
/// batch this run sends can have been in flight then, so only that one is checked against the list first.
public struct JournaledPusher: Sendable {
    public private(set) var pusher: ProspectPusher
    private let journal: PushJournal?
    /// Batches met so far: a batch's number in the journal.
    private var batchesSeen = 0
    /// Whether this run has sent a batch yet.
    private var sentAny = false

    public init(pusher: ProspectPusher, journal: PushJournal?) {
        self.pusher = pusher
        self.journal = journal
    }

    /// Batch requests sent so far, re-sends included.
    public var batchRequests: Int { self.pusher.batchRequests }

    /// The next batch's outcomes, one per input: from the journal when an earlier run sent it, else sent now and
    /// journaled. Throws `EnrichmentError.pushInputChanged` when the journal's batch held other prospects.
    public mutating func outcomes(of inputs: [ProspectInput]) async throws -> [PushOutcome] {
        let index = self.batchesSeen
        self.batchesSeen += 1
        guard let journal = self.journal else { return try await self.pusher.push(inputs) }
        let digest = try PushJournal.digest(inputs)
        if let journaled = try journal.batch(index) {
            guard journaled.digest == digest, journaled.outcomes.count == inputs.count else {
                throw EnrichmentError.pushInputChanged(batch: index)
            }
            self.pusher.claim(journaled.outcomes)
            return journaled.outcomes
        }
        let mayBeSaved = journal.isResuming && !self.sentAny
        self.sentAny = true
        let outcomes = try await self.pusher.push(inputs, mayBeSaved: mayBeSaved)
        try journal.record(batch: index, digest: digest, outcomes: outcomes)
        return outcomes
    }
}
