import LeadIQ
import RecordIO

/// The state of one enrichment run, driven by `EnrichmentPipeline` from a single task: which rows are in the window,
/// which lookups wait to be sent or are in flight and which rows wait on each, and what has been written.
///
/// Everything here is synchronous; the pipeline does the awaiting. Keeping all state on one task means no locks and
/// no actor hops per row.
struct EnrichmentRun<Reader: RecordReader, Writer: RecordWriter> {
    /// A row between reading and writing.
    private enum Slot {
        /// A record, with its verdict once known.
        case record(Record, RowResult?)
        /// A row the reader rejected: it goes to the rejects output only.
        case rejected(ReadIssue)
    }

    private let configuration: EnrichmentConfiguration
    private let matcher: RecordMatcher
    private let projection: EnrichmentProjection
    private let rejectsProjection: EnrichmentProjection
    private var reader: Reader
    private var writer: Writer
    private var rejects: (any RecordWriter)?
    private let issues: ReadIssueBuffer?
    private let observer: (any EnrichmentProgressObserver)?
    private let matches: (any MatchedRowConsumer)?
    /// Whether the service answers a lookup from its stores, without a request LeadIQ could charge for.
    private let answeredWithoutRequest: (Lookup) throws -> Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    private var slots: [Int: Slot] = [:]
    private var nextSequence = 0
    private var nextToWrite = 0
    private var readerFinished = false

    /// Lookups sent or queued → the rows waiting on each, so a duplicate joins instead of sending again.
    private var waiting: [Lookup: [Int]] = [:]
    /// Lookups not sent yet, oldest first, from `queueHead` on.
    private var queue: [Lookup] = []
    private var queueHead = 0
    private var recent: RecentResults<Lookup, LookupOutcome>
    private var budget: CreditBudget
    /// Set once LeadIQ answered 402: lookups it would charge for are no longer sent; those the stores answer still are.
    private var outOfCredits = false
    /// Shared with whoever may ask the run to end early; polled by `pollStopRequest()`.
    private let stopRequest: StopRequest
    /// Set once an early stop is seen: nothing more is read or sent, and the outputs are left unfinished.
    private var halted: StopRequest.Reason?
    /// Lookups that failed one after another, for the outage breaker; any answer resets it.
    private var failuresInARow = 0
    private(set) var requestsInFlight = 0
    /// Output is held back until LeadIQ has answered once, so a rejected key aborts the run before anything is
    /// written.
    private var outputOpen = false
    private(set) var summary = EnrichmentSummary()

    init(
        configuration: EnrichmentConfiguration,
        reader: Reader,
        writer: Writer,
        rejects: (any RecordWriter)?,
        issues: ReadIssueBuffer?,
        observer: (any EnrichmentProgressObserver)?,
        matches: (any MatchedRowConsumer)?,
        stopRequest: StopRequest,
        answeredWithoutRequest: @escaping (Lookup) throws -> Bool
    ) {
        self.configuration = configuration
        self.answeredWithoutRequest = answeredWithoutRequest
        self.stopRequest = stopRequest
        self.matcher = RecordMatcher(configuration)
        self.projection = EnrichmentProjection(
            style: configuration.outputStyle,
            selection: configuration.selection,
            task: configuration.task
        )
        self.rejectsProjection = EnrichmentProjection(
            style: configuration.rejectsStyle,
            selection: configuration.selection,
            task: configuration.task
        )
        self.reader = reader
        self.writer = writer
        self.rejects = rejects
        self.issues = issues
        self.observer = observer
        self.matches = matches
        self.recent = RecentResults(capacity: configuration.rememberedLookups)
        self.budget = CreditBudget(limit: configuration.maxCredits)
        self.start = self.clock.now
    }

    /// Nothing left to read, send, await or write; or, once halted, nothing left in flight.
    var isFinished: Bool {
        (self.halted != nil || self.readerFinished && self.slots.isEmpty) && self.requestsInFlight == 0
    }

    /// Looks once at the shared stop request: once a stop is asked for, no row is read and no lookup sent any more.
    mutating func pollStopRequest() {
        if self.halted == nil {
            self.halted = self.stopRequest.reason
        }
    }

    private var queuedCount: Int { self.queue.count - self.queueHead }

    // MARK: Reading

    /// Reads rows until the window is full, the input ends, or enough lookups are queued to keep every idle worker
    /// busy (reading further would only delay sending them).
    mutating func fill() throws {
        let idleWorkers = self.configuration.concurrency - self.requestsInFlight
        while self.halted == nil, !self.readerFinished, self.slots.count < self.configuration.windowSize,
            self.outOfCredits || self.queuedCount < idleWorkers * self.configuration.batchSize
        {
            let record = try self.reader.next()
            for issue in self.issues?.drain() ?? [] {
                self.admit(issue)
            }
            guard let record else {
                self.readerFinished = true
                return
            }
            try self.admit(record)
        }
    }

    private mutating func admit(_ issue: ReadIssue) {
        switch issue.kind {
        case .warning:
            self.summary.warnings += 1
        case .rejected:
            self.summary.rejected += 1
            self.slots[self.nextSequence] = .rejected(issue)
            self.nextSequence += 1
        }
    }

    private mutating func admit(_ record: Record) throws {
        let sequence = self.nextSequence
        self.nextSequence += 1
        self.summary.rows += 1
        switch self.matcher.match(record) {
        case .skipped(let reason):
            self.slots[sequence] = .record(record, .skipped(reason))
        case .lookup(let lookup):
            if let outcome = self.recent.value(for: lookup) {
                self.summary.duplicates += 1
                self.slots[sequence] = .record(record, RowResult(outcome))
            } else if self.waiting[lookup] != nil {
                self.summary.duplicates += 1
                self.waiting[lookup, default: []].append(sequence)
                self.slots[sequence] = .record(record, nil)
            } else if self.outOfCredits, try !self.answeredWithoutRequest(lookup) {
                self.slots[sequence] = .record(record, Self.outOfCreditsVerdict)
            } else {
                self.waiting[lookup] = [sequence]
                self.queue.append(lookup)
                self.slots[sequence] = .record(record, nil)
            }
        }
    }

    // MARK: Sending

    /// The next batch to send, with its credits reserved; `nil` when none should go now.
    ///
    /// A batch smaller than `batchSize` goes only when waiting will not fill it: the input has ended or the window is
    /// full. When the budget cannot cover the next lookup, in-flight lookups may still hand credits back; once none
    /// are in flight, that lookup is skipped, and the next one is tried, since a cheaper one (a company's) may still
    /// fit. Lookups the stores answer always go: their credits were spent already (by this job's interrupted attempt,
    /// or by another run for the cache), so they count past the budget rather than leave a row without the answer it
    /// paid for.
    mutating func nextBatch() throws -> [Lookup]? {
        guard self.halted == nil, self.queuedCount > 0, self.requestsInFlight < self.configuration.concurrency else {
            return nil
        }
        let batchSize = self.configuration.batchSize
        guard self.queuedCount >= batchSize || self.readerFinished || self.slots.count >= self.configuration.windowSize
        else { return nil }
        var batch: [Lookup] = []
        while batch.count < batchSize, self.queuedCount > 0 {
            let lookup = self.queue[self.queueHead]
            let cost = lookup.maximumCost(selection: self.configuration.selection)
            // Once out of credits, only lookups the stores answer are left in the queue.
            let paid = !self.outOfCredits && self.budget.reserve(cost)
            if !paid {
                if try self.answeredWithoutRequest(lookup) {
                    self.budget.reserveBeyondLimit(cost)
                } else if !self.outOfCredits && batch.isEmpty && self.requestsInFlight == 0 {
                    self.summary.budgetExhausted = true
                    self.queueHead += 1
                    self.resolve(lookup, .skipped(.budget))
                    continue
                } else {
                    break
                }
            }
            batch.append(lookup)
            self.queueHead += 1
        }
        self.compactQueue()
        if batch.isEmpty {
            guard self.outOfCredits, self.queuedCount > 0, self.requestsInFlight == 0 else { return nil }
            // A stored answer at the head expired meanwhile: LeadIQ would charge for it now.
            try self.stopSendingForCredits()
            return try self.nextBatch()
        }
        self.requestsInFlight += 1
        self.summary.lookups += batch.count
        return batch
    }

    /// Drops sent lookups from the front of the queue once they are the larger part of it.
    private mutating func compactQueue() {
        if self.queueHead > 1024, self.queueHead * 2 > self.queue.count {
            self.queue.removeFirst(self.queueHead)
            self.queueHead = 0
        }
    }

    /// Stops sending lookups LeadIQ would charge for, after it answered 402: the queued ones fail, unless the stores
    /// answer them, and so do those read from now on.
    private mutating func stopSendingForCredits() throws {
        self.summary.insufficientCredits = true
        self.outOfCredits = true
        var stored: [Lookup] = []
        for lookup in self.queue[self.queueHead...] {
            if try self.answeredWithoutRequest(lookup) {
                stored.append(lookup)
            } else {
                self.resolve(lookup, Self.outOfCreditsVerdict)
            }
        }
        self.queue = stored
        self.queueHead = 0
    }

    private static var outOfCreditsVerdict: RowResult { .failed("insufficient_credits") }

    // MARK: Answers

    /// Hands a batch's answer to every row that asked; throws `EnrichmentError.unauthorized`, which ends the run.
    mutating func complete(_ batch: [Lookup], _ result: Result<LookupBatchResult, any Error>) throws {
        self.requestsInFlight -= 1
        let selection = self.configuration.selection
        switch result {
        case .success(let answer) where answer.outcomes.count == batch.count:
            self.outputOpen = true
            self.summary.requests += answer.requests
            self.summary.retries += max(0, answer.requests - 1)
            for (position, (lookup, outcome)) in zip(batch, answer.outcomes).enumerated() {
                switch outcome {
                case .person, .company, .emailVerification:
                    if answer.prepaidPositions.contains(position) {
                        // Another run paid for it: the budget gets the reservation back.
                        self.budget.release(lookup.maximumCost(selection: selection))
                    } else {
                        self.summary.creditsEstimated += lookup.maximumCost(selection: selection)
                    }
                    self.failuresInARow = 0
                case .previewEmpty:
                    self.summary.previewedEmpty += 1
                    self.budget.release(lookup.maximumCost(selection: selection))
                    self.failuresInARow = 0
                case .notFound:
                    self.budget.release(lookup.maximumCost(selection: selection))
                    self.failuresInARow = 0
                case .failed(let reason):
                    self.countFailures(1, reason: reason)
                }
                self.recent.insert(outcome, for: lookup)
                self.resolve(lookup, RowResult(outcome))
            }
        case .success(let answer):
            self.outputOpen = true
            self.summary.requests += answer.requests
            let reason = "lookup service answered \(answer.outcomes.count) outcomes for \(batch.count) lookups"
            self.fail(batch, RowResult.failed(reason))
            self.countFailures(batch.count, reason: reason)
        case .failure(let error as EnrichmentError) where error == .unauthorized:
            throw error
        case .failure(is CancellationError) where self.stopRequest.reason != nil:
            // Given up unsent when the run was asked to stop: its rows are left for the run that resumes.
            break
        case .failure(let error as EnrichmentError) where error == .insufficientCredits:
            self.outputOpen = true
            self.summary.requests += 1
            self.fail(batch, Self.outOfCreditsVerdict)
            if !self.outOfCredits {
                try self.stopSendingForCredits()
            }
        case .failure(let error):
            self.outputOpen = true
            self.summary.requests += 1
            self.fail(batch, RowResult.failed(String(describing: error)))
            self.countFailures(batch.count, reason: String(describing: error))
        }
    }

    /// The outage breaker: after `maxFailuresInARow` failed lookups with no answer between them, LeadIQ is taken to be
    /// down and the run asks itself to stop, through the same request a signal uses.
    private mutating func countFailures(_ count: Int, reason: String) {
        self.failuresInARow += count
        if let limit = self.configuration.maxFailuresInARow, self.failuresInARow >= limit {
            self.stopRequest.request(.outage(failuresInARow: self.failuresInARow, lastReason: reason))
        }
    }

    /// Resolves a batch that got no per-lookup answer. Its credits stay reserved: whether LeadIQ charged is unknown.
    private mutating func fail(_ batch: [Lookup], _ verdict: RowResult) {
        for lookup in batch {
            self.resolve(lookup, verdict)
        }
    }

    private mutating func resolve(_ lookup: Lookup, _ verdict: RowResult) {
        for sequence in self.waiting.removeValue(forKey: lookup) ?? [] {
            if case .record(let record, nil) = self.slots[sequence] {
                self.slots[sequence] = .record(record, verdict)
            }
        }
    }

    // MARK: Writing

    /// Writes every row at the head of the window whose verdict is known, in input order.
    ///
    /// Output stays held back until the first answer, unless nothing is in flight to give one: then the window could
    /// never drain, so it is written.
    mutating func flush() throws {
        guard self.outputOpen || self.requestsInFlight == 0 else { return }
        self.outputOpen = true
        let before = self.nextToWrite
        while let slot = self.slots[self.nextToWrite] {
            switch slot {
            case .record(_, nil):
                self.reportProgress(since: before)
                return
            case .record(let record, let verdict?):
                try self.write(record, verdict)
            case .rejected(let issue):
                let reject = self.rejectsProjection.rejected(issue)
                try self.rejects?.write(reject)
            }
            self.slots.removeValue(forKey: self.nextToWrite)
            self.nextToWrite += 1
        }
        self.reportProgress(since: before)
    }

    private mutating func write(_ record: Record, _ verdict: RowResult) throws {
        self.summary.count(verdict)
        try self.writer.write(self.projection.enriched(record, with: verdict))
        if let match = verdict.match {
            try self.matches?.consume(record, match: match)
        }
        if verdict.status == .skipped || verdict.status == .failed {
            let reject = self.rejectsProjection.rejected(
                record,
                status: verdict.status.rawValue,
                reason: verdict.reason
            )
            try self.rejects?.write(reject)
        }
    }

    private func reportProgress(since before: Int) {
        guard let observer = self.observer, self.nextToWrite > before else { return }
        observer.enrichmentProgressed(
            EnrichmentProgress(
                rowsDone: self.nextToWrite,
                rowsTotal: self.configuration.totalRows,
                elapsedSeconds: self.elapsedSeconds,
                creditsEstimated: self.summary.creditsEstimated
            )
        )
    }

    private var elapsedSeconds: Double {
        let elapsed = self.clock.now - self.start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Finishes both outputs and returns the run's summary; a halted run leaves them unfinished, so a partial output is
    /// never committed as if it were whole.
    mutating func finish() throws -> EnrichmentSummary {
        self.summary.elapsedSeconds = self.elapsedSeconds
        if let halted = self.halted, !(self.readerFinished && self.slots.isEmpty) {
            self.summary.stopReason = halted
            try self.writer.flushUnfinished()
            try self.rejects?.flushUnfinished()
            return self.summary
        }
        if self.summary.rows == 0, let names = self.reader.columnNames {
            // An input with a header and no rows still gets an output that names its columns.
            try self.writer.writeHeader(self.projection.enrichedNames(names))
        }
        try self.writer.finish()
        try self.rejects?.finish()
        return self.summary
    }
}
