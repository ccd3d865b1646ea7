import LeadIQ
import RecordIO

/// Enriches a stream of records: reads them, matches each to a lookup, sends each distinct lookup once through a
/// `LookupService` with bounded concurrency and optional batching, and writes every row, in input order, with
/// LeadIQ's answer appended.
///
/// Memory is bounded by `EnrichmentConfiguration.windowSize` rows and `rememberedLookups` answers, whatever the size
/// of the input: reading pauses while the window is full.
public struct EnrichmentPipeline: Sendable {
    public var configuration: EnrichmentConfiguration
    private let service: any LookupService
    private let waits: WaitInterrupter?

    /// - Parameter waits: the client's, so that a stop gives up at once the lookups still waiting for their turn or
    ///   for a retry, instead of holding the stop up until they are sent.
    public init(service: any LookupService, configuration: EnrichmentConfiguration, waits: WaitInterrupter? = nil) {
        self.service = service
        self.configuration = configuration
        self.waits = waits
    }

    /// Runs the enrichment to the end of `reader` and finishes both outputs, unless it is stopped early.
    ///
    /// - Parameters:
    ///   - issues: the buffer the reader reports to, so rejected input rows reach `rejects` in input order.
    ///   - rejects: receives skipped, failed and rejected rows with file, line and reason.
    ///   - matches: receives each matched row after it is written.
    ///   - stop: polled between lookups; once a stop is asked for (or the outage breaker asks for one), no new lookup
    ///     is sent, those on the wire finish (those still waiting are given up), and the run returns with
    ///     `stopReason` set and both outputs unfinished.
    /// - Returns: the run's summary. When LeadIQ runs out of credits the run still completes, with
    ///   `insufficientCredits` set and the remaining rows failed.
    /// - Throws: `EnrichmentError.unauthorized` (before any output when it is LeadIQ's first answer), and the reader's
    ///   and writers' errors.
    public func run(
        reader: some RecordReader,
        writer: some RecordWriter,
        rejects: (any RecordWriter)? = nil,
        issues: ReadIssueBuffer? = nil,
        observer: (any EnrichmentProgressObserver)? = nil,
        matches: (any MatchedRowConsumer)? = nil,
        stop: StopRequest = StopRequest()
    ) async throws -> EnrichmentSummary {
        let service = self.service
        let selection = self.configuration.selection
        var run = EnrichmentRun(
            configuration: self.configuration,
            reader: reader,
            writer: writer,
            rejects: rejects,
            issues: issues,
            observer: observer,
            matches: matches,
            stopRequest: stop,
            answeredWithoutRequest: { try service.answersWithoutRequest($0, selection: selection) }
        )
        defer { self.waits?.resume() }
        try await stop.whileRunning(onStop: { [waits] in waits?.interrupt() }) {
            try await self.drive(&run, service: service, selection: selection)
        }
        return try run.finish()
    }

    /// Sends the run's lookups and hands their answers back to it until it is finished.
    private func drive<Reader, Writer>(
        _ run: inout EnrichmentRun<Reader, Writer>, service: any LookupService, selection: FieldSelection
    ) async throws {
        try await withThrowingTaskGroup(of: BatchAnswer.self) { group in
            while true {
                run.pollStopRequest()
                try run.fill()
                while let batch = try run.nextBatch() {
                    group.addTask {
                        do {
                            let answer = try await service.lookUp(batch, selection: selection)
                            return BatchAnswer(batch: batch, result: .success(answer))
                        } catch {
                            return BatchAnswer(batch: batch, result: .failure(error))
                        }
                    }
                }
                try run.flush()
                if run.isFinished {
                    return
                }
                if run.requestsInFlight == 0 {
                    // The window drained without an answer to wait for: read on.
                    continue
                }
                guard let answer = try await group.next() else {
                    preconditionFailure("enrichment stalled with rows unwritten and no lookup in flight")
                }
                try run.complete(answer.batch, answer.result)
            }
        }
    }
}

/// What one child task hands back: the batch it sent and the service's answer or error.
private struct BatchAnswer: Sendable {
    let batch: [Lookup]
    let result: Result<LookupBatchResult, any Error>
}
