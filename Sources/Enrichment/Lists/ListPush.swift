import LeadIQ
import RecordIO

/// Loads records into a Prospector list: maps each one, sends the valid ones in batches, and writes every input row
/// back, in input order, with `leadiq_status` (`added`, `skipped`, `failed`), `leadiq_reason` and
/// `leadiq_prospect_id`. Streams: it holds at most one batch of rows at a time.
///
/// With a journal, each batch's outcomes are recorded once pushed, and a push run again after an interruption writes
/// the journaled batches' rows without sending them, so it adds no one twice and ends with the same result file.
public struct ListPush: Sendable {
    public static let statusField = "leadiq_status"
    public static let reasonField = "leadiq_reason"
    public static let prospectIDField = "leadiq_prospect_id"
    /// Rows held before a batch is sent even when it is not full, so a long run of skipped rows stays bounded.
    public static let maxHeldRows = 1_000

    private var batches: JournaledPusher
    private let overrides: [CanonicalField: String]

    /// A push through `pusher`; `overrides` are the `--map` choices for the input's columns; `journal` makes the push
    /// resumable.
    public init(pusher: ProspectPusher, overrides: [CanonicalField: String] = [:], journal: PushJournal? = nil) {
        self.batches = JournaledPusher(pusher: pusher, journal: journal)
        self.overrides = overrides
    }

    /// Reads `reader` to its end, pushing and writing as it goes; `file` names the input in mapping errors.
    ///
    /// - Parameters:
    ///   - mapper: made by the caller from the input's field names when it knows them ahead (all those of its first
    ///     records, for an input whose records may each hold other fields); else made from the first record's.
    ///   - stop: polled before each batch; once a stop is asked for, no further batch is sent and the run returns
    ///     with `stopReason` set and `writer` unfinished.
    public mutating func run(
        reader: inout some RecordReader,
        writer: inout some RecordWriter,
        file: String,
        mapper: ProspectMapper? = nil,
        stop: StopRequest = StopRequest()
    ) async throws -> ListPushSummary {
        var summary = ListPushSummary()
        var mapper = mapper
        var held: [(record: Record, mapped: MappedProspect)] = []
        var batchSize = 0
        while let record = try reader.next() {
            if mapper == nil {
                mapper = try ProspectMapper(names: record.names, overrides: self.overrides, file: file)
            }
            let mapped = mapper!.map(record)
            held.append((record, mapped))
            if case .prospect = mapped { batchSize += 1 }
            if batchSize == LeadIQContract.Prospector.maxBatchSize || held.count >= Self.maxHeldRows {
                guard try await self.flush(held, writer: &writer, summary: &summary, stop: stop) else {
                    return try self.stopped(summary, stop, writer: &writer)
                }
                held.removeAll(keepingCapacity: true)
                batchSize = 0
            }
        }
        guard try await self.flush(held, writer: &writer, summary: &summary, stop: stop) else {
            return try self.stopped(summary, stop, writer: &writer)
        }
        try writer.finish()
        summary.batchRequests = self.batches.batchRequests
        return summary
    }

    /// The summary of a push stopped before its end, whose result file is written out but left unfinished.
    private func stopped(
        _ summary: ListPushSummary, _ stop: StopRequest, writer: inout some RecordWriter
    ) throws -> ListPushSummary {
        try writer.flushUnfinished()
        var summary = summary
        summary.batchRequests = self.batches.batchRequests
        summary.stopReason = stop.reason
        return summary
    }

    /// Sends the held rows' prospects as one batch and writes every held row with its outcome; `false`, with nothing
    /// written, when a stop was asked for first.
    private mutating func flush(
        _ held: [(record: Record, mapped: MappedProspect)],
        writer: inout some RecordWriter,
        summary: inout ListPushSummary,
        stop: StopRequest
    ) async throws -> Bool {
        guard stop.reason == nil else { return false }
        let inputs = held.compactMap { row -> ProspectInput? in
            if case .prospect(let input, _) = row.mapped { return input }
            return nil
        }
        var outcomes: ArraySlice<PushOutcome> = []
        if !inputs.isEmpty {
            outcomes = try await self.batches.outcomes(of: inputs)[...]
        }
        for (record, mapped) in held {
            var row = record
            switch mapped {
            case .skipped(let reason):
                summary.skipped += 1
                Self.annotate(&row, status: "skipped", reason: reason, prospectID: nil)
            case .prospect(_, let notes):
                switch outcomes.removeFirst() {
                case .added(let id, let note):
                    summary.added += 1
                    let reason = (notes + [note].compactMap { $0 }).joined(separator: "; ")
                    Self.annotate(&row, status: "added", reason: reason, prospectID: id)
                case .failed(let reason):
                    summary.failed += 1
                    let reasons = (notes + [reason]).joined(separator: "; ")
                    Self.annotate(&row, status: "failed", reason: reasons, prospectID: nil)
                }
            }
            try writer.write(row)
        }
        return true
    }

    private static func annotate(
        _ row: inout Record, status: String, reason: String, prospectID: String?
    ) {
        row.append(Self.statusField, status)
        row.append(Self.reasonField, reason)
        row.append(Self.prospectIDField, prospectID ?? "")
    }
}
