import ArgumentParser
import Enrichment
import LeadIQ

/// What to ask LeadIQ for about each person or company: shared by every command that enriches.
struct EnrichmentOptions: ParsableArguments, Sendable {
    @Option(
        help: "Data points to select: profile, email, phone, company (phone costs 10 credits, company 3).",
        transform: EnrichmentOptions.parseFields
    )
    var fields: FieldSelection = .default

    @Option(help: "Lookups per request, as aliased queries in one document (default 1; at most 10 against LeadIQ).")
    var batch = 1

    /// LeadIQ's own connector batches at most ten lookups per call.
    static let largestLeadIQBatch = 10

    func validate() throws {
        if self.batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    static func parseFields(_ argument: String) throws -> FieldSelection {
        guard let selection = FieldSelection(names: argument) else {
            let names = FieldSelection.names.map(\.0).joined(separator: ", ")
            throw ValidationError("--fields takes a comma-separated list of \(names); got '\(argument)'")
        }
        return selection
    }
}
