import LeadIQ
import RecordIO

extension JournaledPusher {
    /// Saves every prospect `spool` holds to the list, in batches of at most `LeadIQContract.Prospector.maxBatchSize`,
    /// in the order they were spooled; `unsaved` hears of each row that was skipped or failed, with its reason. A
    /// spool filled again by a resumed run holds the same prospects in the same order, so its batches are the
    /// journal's.
    ///
    /// - Parameter stop: polled before each batch; once a stop is asked for, no further batch is sent and the summary
    ///   returns with `stopReason` set.
    public mutating func push(
        _ spool: MatchedProspectSpool,
        stop: StopRequest = StopRequest(),
        unsaved: (SourcePosition, String) -> Void
    ) async throws -> ListPushSummary {
        var summary = ListPushSummary()
        var sequence: Int64 = 0
        while true {
            if let reason = stop.reason {
                summary.stopReason = reason
                break
            }
            let (entries, last) = try spool.entries(after: sequence, limit: LeadIQContract.Prospector.maxBatchSize)
            guard !entries.isEmpty else { break }
            sequence = last
            var sent: [(position: SourcePosition, input: ProspectInput)] = []
            for entry in entries {
                switch entry.mapped {
                case .prospect(let input, _):
                    sent.append((entry.position, input))
                case .skipped(let reason):
                    summary.skipped += 1
                    unsaved(entry.position, reason)
                }
            }
            guard !sent.isEmpty else { continue }
            for (row, outcome) in zip(sent, try await self.outcomes(of: sent.map(\.input))) {
                switch outcome {
                case .added:
                    summary.added += 1
                case .failed(let reason):
                    summary.failed += 1
                    unsaved(row.position, reason)
                }
            }
        }
        summary.batchRequests = self.batchRequests
        return summary
    }
}
