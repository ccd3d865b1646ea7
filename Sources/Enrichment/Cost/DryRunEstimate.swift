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
    /// Rows that would share another row's lookup.
    public var duplicates = 0
    /// Distinct lookups the cache or an interrupted run's journal answers already: no request, no credit.
    public var alreadyAnswered = 0
    /// Requests needed with full batches (lookups already answered need none); a run sends a partial batch only when
    /// the input ends or the window is full.
    public var requests = 0
    /// The most the run can charge: every lookup not already answered matching at its maximum cost. A person with
    /// several current positions costs more only when company data is selected, so without it this is a hard upper
    /// bound.
    public var maximumCredits = Credits.zero

    public var uniqueLookups: Int { self.personLookups + self.companyLookups }

    /// Reads `reader` to the end and counts what a run with `configuration` would send.
    ///
    /// Duplicates are recognised with the same bounded memory (`rememberedLookups`) a run uses, so the counts are the
    /// run's whenever the input's distinct lookups fit in it.
    ///
    /// - Parameter answered: whether a stored answer exists for a lookup (`StoredLookupService.hasStoredAnswer`).
    public init(
        reader: some RecordReader,
        configuration: EnrichmentConfiguration,
        issues: ReadIssueBuffer? = nil,
        answered: ((Lookup) throws -> Bool)? = nil
    ) throws {
        var reader = reader
        let matcher = RecordMatcher(mapping: configuration.mapping, mode: configuration.mode)
        var seen = RecentResults<Lookup, Void>(capacity: configuration.rememberedLookups)
        while let record = try reader.next() {
            self.rows += 1
            self.rejected += issues?.drain().filter { $0.kind == .rejected }.count ?? 0
            switch matcher.match(record) {
            case .skipped:
                self.skipped += 1
            case .lookup(let lookup) where seen.value(for: lookup) != nil:
                self.duplicates += 1
            case .lookup(let lookup):
                seen.insert((), for: lookup)
                switch lookup {
                case .person: self.personLookups += 1
                case .company: self.companyLookups += 1
                }
                if try answered?(lookup) == true {
                    self.alreadyAnswered += 1
                } else {
                    self.maximumCredits += lookup.maximumCost(selection: configuration.selection)
                }
            }
        }
        self.rejected += issues?.drain().filter { $0.kind == .rejected }.count ?? 0
        let toSend = self.uniqueLookups - self.alreadyAnswered
        self.requests = (toSend + configuration.batchSize - 1) / configuration.batchSize
    }
}
