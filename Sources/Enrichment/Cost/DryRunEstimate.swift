import LeadIQ
import RecordIO

/// What an enrichment run would do, found by reading the whole input and matching every row without sending
/// anything (`--dry-run`).
public struct DryRunEstimate: Sendable, Equatable, Codable {
    /// Records read (rejected rows not included).
    public var rows = 0
    /// Input rows the reader could not turn into records.
    public var rejected = 0
    /// Rows that would not be sent, for want of a usable identifier.
    public var skipped = 0
    /// Distinct person lookups that would be sent.
    public var personLookups = 0
    /// Distinct company lookups that would be sent.
    public var companyLookups = 0
    /// Distinct addresses that would be verified.
    public var emailVerifications = 0
    /// Rows that would share another row's lookup.
    public var duplicates = 0
    /// Distinct lookups the cache or an interrupted run's journal answers already: no request, no credit.
    public var alreadyAnswered = 0
    /// Requests needed with full batches: a batch's person lookups go in one request, its company lookups and
    /// verifications in one each, and lookups already answered need none. A run sends a partial batch only when the
    /// input ends or the window is full. Previews, when asked for, are not counted here.
    public var requests = 0
    /// The most the run can charge: every lookup not already answered matching at its maximum cost. A person with
    /// several current positions costs more only when company data is selected, so without it this is a hard upper
    /// bound.
    public var maximumCredits = Credits.zero
    /// What previewing the person lookups found, when the estimate was made with previews (`--dry-run --preview`).
    public var preview: PreviewEstimate?

    public var uniqueLookups: Int { self.personLookups + self.companyLookups + self.emailVerifications }

    /// Reads `reader` to the end and counts what a run with `configuration` would send.
    ///
    /// Duplicates are recognised with the same bounded memory (`rememberedLookups`) a run uses, so the counts are the
    /// run's whenever the input's distinct lookups fit in it.
    ///
    /// - Parameter answered: whether a stored answer exists for a lookup (`LookupService.answersWithoutRequest`).
    public init(
        reader: some RecordReader,
        configuration: EnrichmentConfiguration,
        issues: ReadIssueBuffer? = nil,
        answered: ((Lookup) throws -> Bool)? = nil
    ) throws {
        var reader = reader
        var scan = Scan(configuration, answered: answered)
        while let record = try reader.next() {
            _ = try scan.count(record, into: &self, issues: issues)
        }
        self.finish(configuration, issues: issues, scan: scan)
    }

    /// As `init(reader:configuration:issues:answered:)`, and also previews every distinct person lookup that would be
    /// sent (free), in batches of `configuration.batchSize`, to count those a `--preview` run would skip and the
    /// credits that saves.
    ///
    /// - Throws: the reader's errors, and `EnrichmentError.unauthorized` when LeadIQ rejects the key.
    public init(
        reader: some RecordReader,
        configuration: EnrichmentConfiguration,
        issues: ReadIssueBuffer? = nil,
        answered: ((Lookup) throws -> Bool)? = nil,
        previewer: LookupPreviewer
    ) async throws {
        var reader = reader
        var scan = Scan(configuration, answered: answered)
        var preview = PreviewEstimate()
        var pending: [Lookup] = []
        while let record = try reader.next() {
            if let lookup = try scan.count(record, into: &self, issues: issues), case .person = lookup {
                pending.append(lookup)
            }
            if pending.count == configuration.batchSize {
                try await preview.count(pending, previewer: previewer, selection: configuration.selection)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try await preview.count(pending, previewer: previewer, selection: configuration.selection)
        self.preview = preview
        self.finish(configuration, issues: issues, scan: scan)
    }

    private mutating func finish(_ configuration: EnrichmentConfiguration, issues: ReadIssueBuffer?, scan: Scan) {
        self.rejected += issues?.drain().filter { $0.kind == .rejected }.count ?? 0
        let batches = (scan.peopleToSend + scan.othersToSend + configuration.batchSize - 1) / configuration.batchSize
        // Each batch holding a person lookup sends them in one request, and there are no more such batches than people.
        self.requests = min(batches, scan.peopleToSend) + scan.othersToSend
    }

    /// The matcher and the memory of lookups already counted, as a run has them.
    private struct Scan {
        let matcher: RecordMatcher
        let selection: FieldSelection
        let answered: ((Lookup) throws -> Bool)?
        var seen: RecentResults<Lookup, Void>
        /// Distinct person lookups the run would send, and the others (companies, verifications): one request each.
        var peopleToSend = 0
        var othersToSend = 0

        init(_ configuration: EnrichmentConfiguration, answered: ((Lookup) throws -> Bool)?) {
            self.matcher = RecordMatcher(configuration)
            self.selection = configuration.selection
            self.answered = answered
            self.seen = RecentResults(capacity: configuration.rememberedLookups)
        }

        /// Counts `record` into `estimate`; returns its lookup when no earlier row shares it and no stored answer
        /// has it, that is when the run would send it.
        mutating func count(
            _ record: Record,
            into estimate: inout DryRunEstimate,
            issues: ReadIssueBuffer?
        ) throws -> Lookup? {
            estimate.rows += 1
            estimate.rejected += issues?.drain().filter { $0.kind == .rejected }.count ?? 0
            switch self.matcher.match(record) {
            case .skipped:
                estimate.skipped += 1
                return nil
            case .lookup(let lookup) where self.seen.value(for: lookup) != nil:
                estimate.duplicates += 1
                return nil
            case .lookup(let lookup):
                self.seen.insert((), for: lookup)
                switch lookup {
                case .person: estimate.personLookups += 1
                case .company: estimate.companyLookups += 1
                case .emailVerification: estimate.emailVerifications += 1
                }
                if try self.answered?(lookup) == true {
                    estimate.alreadyAnswered += 1
                    return nil
                }
                estimate.maximumCredits += lookup.maximumCost(selection: self.selection)
                if case .person = lookup { self.peopleToSend += 1 } else { self.othersToSend += 1 }
                return lookup
            }
        }
    }
}
