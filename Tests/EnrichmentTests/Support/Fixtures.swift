import Enrichment
import LeadIQ
import RecordIO
import Synchronization

/// Input rows with an `id` column (the row number, to check order) and an `email` column.
func emailRecords(_ emails: [String], file: String = "in.csv") -> [Record] {
    emails.enumerated().map { index, email in
        Record(
            names: ["id", "email"],
            values: [String(index), email],
            position: SourcePosition(file: file, line: index + 2, index: index)
        )
    }
}

/// `count` distinct work addresses.
func distinctEmails(_ count: Int) -> [String] {
    (0..<count).map { "person\($0)@acme.com" }
}

func emailConfiguration(
    concurrency: Int = 4,
    batchSize: Int = 1,
    maxCredits: Credits? = nil,
    windowSize: Int? = nil,
    selection: FieldSelection = .default,
    outputStyle: ProjectionStyle = .columns
) -> EnrichmentConfiguration {
    EnrichmentConfiguration(
        mapping: FieldMapping(columns: [.email: "email"]),
        selection: selection,
        concurrency: concurrency,
        batchSize: batchSize,
        maxCredits: maxCredits,
        windowSize: windowSize,
        outputStyle: outputStyle
    )
}

/// Runs the pipeline over `records` and returns what it wrote and its summary.
func enrich(
    _ records: [Record],
    service: some LookupService,
    configuration: EnrichmentConfiguration
) async throws -> (MemoryRecordWriter, EnrichmentSummary) {
    let writer = MemoryRecordWriter()
    let pipeline = EnrichmentPipeline(service: service, configuration: configuration)
    let summary = try await pipeline.run(reader: ArrayRecordReader(records: records), writer: writer)
    return (writer, summary)
}

/// The `leadiq_status` column expected of runs of rows with one status each, in order: `statuses(("matched", 5),
/// ("skipped", 15))`.
func statuses(_ runs: (status: String, count: Int)...) -> [String] {
    runs.flatMap { Array(repeating: $0.status, count: $0.count) }
}

/// A one-way switch any task can set and read: what a held lookup waits on.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)

    func set() { self.value.store(true, ordering: .releasing) }
    var isSet: Bool { self.value.load(ordering: .acquiring) }
}
