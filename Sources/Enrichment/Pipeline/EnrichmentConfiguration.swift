import LeadIQ
import RecordIO

/// How an enrichment run matches rows, talks to LeadIQ, and shapes its output.
public struct EnrichmentConfiguration: Sendable {
    public var mapping: FieldMapping
    public var task: EnrichmentTask
    public var mode: MatchMode
    public var selection: FieldSelection
    /// Lookup requests in flight at once (`--concurrency`).
    public var concurrency: Int
    /// Lookups per request (`--batch`).
    public var batchSize: Int
    /// Never reserve more than this (`--max-credits`); `nil` for no limit.
    public var maxCredits: Credits?
    /// Stop the run after this many lookups in a row fail even after retries (`--max-failures-in-a-row`); `nil`
    /// never stops.
    public var maxFailuresInARow: Int?
    /// Rows held between reading and writing, counting rows that wait on a duplicate lookup: the bound on memory.
    public var windowSize: Int
    /// Distinct answered lookups remembered for later duplicates. Duplicates further apart than this are looked up
    /// again: a `StoredLookupService` in front answers them from the run's journal without a request, and LeadIQ does
    /// not charge twice within a year. Each answer held costs one to two kilobytes of scattered allocations, so the
    /// default stays small: ten thousand of them were most of a run's heap, and their turnover fragmented it.
    public var rememberedLookups: Int
    public var outputStyle: ProjectionStyle
    public var rejectsStyle: ProjectionStyle
    /// Rows in the input when known in advance, for progress.
    public var totalRows: Int?

    public init(
        mapping: FieldMapping,
        task: EnrichmentTask = .enrich,
        mode: MatchMode = .auto,
        selection: FieldSelection = .default,
        concurrency: Int = 4,
        batchSize: Int = 1,
        maxCredits: Credits? = nil,
        maxFailuresInARow: Int? = nil,
        windowSize: Int? = nil,
        rememberedLookups: Int = 1_000,
        outputStyle: ProjectionStyle = .columns,
        rejectsStyle: ProjectionStyle = .columns,
        totalRows: Int? = nil
    ) {
        precondition(concurrency >= 1 && batchSize >= 1, "concurrency and batch size must be positive")
        self.mapping = mapping
        self.task = task
        self.mode = mode
        self.selection = selection
        self.concurrency = concurrency
        self.batchSize = batchSize
        self.maxCredits = maxCredits
        self.maxFailuresInARow = maxFailuresInARow
        // Room for every worker's batch several times over, so a slow answer at the head of the window does not idle
        // the other workers while the writer waits for it.
        self.windowSize = max(windowSize ?? max(256, 4 * concurrency * batchSize), concurrency * batchSize)
        self.rememberedLookups = rememberedLookups
        self.outputStyle = outputStyle
        self.rejectsStyle = rejectsStyle
        self.totalRows = totalRows
    }
}
