import LeadIQ

/// Saves prospects to one Prospector list in batch requests, idempotently: when a batch's response is lost (a
/// timeout, a reset connection, a 5xx after the server may have applied it), the pusher looks up which of the batch's
/// prospects the list already holds and re-sends only the others, so a retry never saves anyone twice.
public struct ProspectPusher: Sendable {
    public let client: LeadIQClient
    public let listID: String
    /// Sends of one batch (the first included) before its remaining prospects are given up as failed.
    public var maxAttempts: Int
    /// Batch requests sent so far, re-sends included.
    public private(set) var batchRequests = 0
    /// Prospects of the list already attributed to a row of this run, so an input repeating someone is still saved
    /// once per row, and a lookup never hands one saved prospect to two rows.
    private var claimed: Set<String> = []
    /// The list's size as far as this run knows it (`nil`: unknown), to pick the cheaper way of looking prospects up.
    private var knownListSize: Int?

    /// A pusher for `listID`; `listIsNew` says the list was just created empty, so lookups can start cheap.
    public init(client: LeadIQClient, listID: String, listIsNew: Bool, maxAttempts: Int = 5) {
        self.client = client
        self.listID = listID
        self.maxAttempts = maxAttempts
        self.knownListSize = listIsNew ? 0 : nil
    }

    /// Saves `inputs` (at most `LeadIQContract.Prospector.maxBatchSize`) and returns one outcome per input, in order.
    /// Throws only what ends the whole run: a rejected key, a list that is gone, a request LeadIQ refuses outright.
    ///
    /// - Parameter mayBeSaved: the batch may have been sent already by a run that was stopped before it knew the
    ///   answer, so the list is checked before sending; the prospects found there are added with no note, as that
    ///   run would have added them.
    public mutating func push(_ inputs: [ProspectInput], mayBeSaved: Bool = false) async throws -> [PushOutcome] {
        var outcomes = [PushOutcome?](repeating: nil, count: inputs.count)
        var pending = Array(inputs.indices)
        if mayBeSaved {
            pending = try await self.settleAlreadySaved(pending, inputs: inputs, into: &outcomes, note: nil)
        }
        var lastError: LeadIQError?
        var attempts = 0
        while !pending.isEmpty && attempts < self.maxAttempts {
            attempts += 1
            if lastError != nil {
                pending = try await self.settleAlreadySaved(pending, inputs: inputs, into: &outcomes, note: Self.lost)
                guard !pending.isEmpty else { break }
            }
            self.batchRequests += 1
            do {
                let result = try await self.client.addProspects(
                    listID: self.listID, pending.map { inputs[$0] })
                if let settled = self.record(result, for: pending, into: &outcomes) {
                    pending = settled
                    lastError = nil
                } else {
                    lastError = LeadIQError.invalidResponse
                }
            } catch let error as LeadIQError where error == .transport || error == .server {
                lastError = error
            }
        }
        if let lastError, !pending.isEmpty {
            pending = try await self.settleAlreadySaved(pending, inputs: inputs, into: &outcomes, note: Self.lost)
            for index in pending {
                outcomes[index] = .failed(reason: "not saved after \(attempts) attempts: \(lastError)")
            }
        }
        return outcomes.map { $0 ?? .failed(reason: "not saved") }
    }

    private static let lost = "already in the list after a lost response"

    /// Counts the prospects of a batch pushed by an earlier run of this push as this run's, so that checking the list
    /// for a later batch does not hand one of them to another row.
    public mutating func claim(_ outcomes: [PushOutcome]) {
        for case .added(let id, _) in outcomes {
            self.claimed.insert(id)
        }
    }

    /// Fills in the outcomes of one answered batch of `sent` input indices; the indices still to send (none, normally),
    /// or `nil` when the answer does not account for the batch and must be checked against the list.
    private mutating func record(
        _ result: BulkSaveResult,
        for sent: [Int],
        into outcomes: inout [PushOutcome?]
    ) -> [Int]? {
        let failed = Dictionary(
            result.failed.map { ($0.index, $0.reason) }, uniquingKeysWith: { first, _ in first })
        let saved = sent.indices.filter { failed[$0] == nil }
        guard failed.keys.allSatisfy(sent.indices.contains), saved.count == result.succeeded.count
        else { return nil }
        for (position, reason) in failed {
            outcomes[sent[position]] = .failed(reason: reason)
        }
        for (position, prospect) in zip(saved, result.succeeded) {
            outcomes[sent[position]] = .added(prospectID: prospect.id, note: nil)
            self.claimed.insert(prospect.id)
        }
        self.knownListSize? += result.succeeded.count
        return []
    }

    /// Marks the `pending` inputs the list already holds as added, with `note`, and returns the rest, still to send.
    private mutating func settleAlreadySaved(
        _ pending: [Int],
        inputs: [ProspectInput],
        into outcomes: inout [PushOutcome?],
        note: String?
    ) async throws -> [Int] {
        var saved: [ProspectKey: [String]] = [:]
        for prospect in try await self.checkedSavedProspects(like: pending.map { inputs[$0] }) {
            guard !self.claimed.contains(prospect.id) else { continue }
            saved[ProspectKey(prospect), default: []].append(prospect.id)
        }
        var unsaved: [Int] = []
        for index in pending {
            let key = ProspectKey(inputs[index])
            if var ids = saved[key], !ids.isEmpty {
                let id = ids.removeFirst()
                saved[key] = ids
                self.claimed.insert(id)
                outcomes[index] = .added(prospectID: id, note: note)
            } else {
                unsaved.append(index)
            }
        }
        return unsaved
    }

    /// `savedProspects`, asked again while its reads meet errors worth retrying (each has had the client's retries
    /// already): sending without knowing what the list holds could save someone twice.
    private mutating func checkedSavedProspects(like inputs: [ProspectInput]) async throws -> [Prospect] {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await self.savedProspects(like: inputs)
            } catch let error as LeadIQError where error.isTransient && attempt < self.maxAttempts {
                continue
            }
        }
    }

    /// The list's prospects that may match `inputs`: each looked up by its work email, or by its name when it has
    /// none, when those searches cost fewer requests than paging through the list; else the whole list page by page.
    /// Either way a lost batch costs at most about one request per prospect in it, however long the list grows.
    private mutating func savedProspects(like inputs: [ProspectInput]) async throws -> [Prospect] {
        let pageSize = LeadIQContract.Prospector.maxPageSize
        let searches = Set(
            inputs.map { input in
                input.workEmail.map(ProspectSearch.email) ?? .name(first: input.firstName, last: input.lastName)
            }
        )
        if let size = self.knownListSize, searches.count < size / pageSize + 1 {
            var found: [Prospect] = []
            for search in searches {
                for try await prospect in self.client.allProspects(search)
                where prospect.listIds.contains(self.listID) {
                    found.append(prospect)
                }
            }
            return found
        }
        var all: [Prospect] = []
        for try await prospect in self.client.allListProspects(listID: self.listID) {
            all.append(prospect)
        }
        self.knownListSize = all.count
        return all
    }
}
