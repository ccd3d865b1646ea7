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

    @Option(help: "What rows identify: auto (people, or a company when that is all a row has), people or company.")
    var mode: MatchMode = .auto

    @Option(help: "Lookups per request, as aliased queries in one document (default 1; at most 10 against LeadIQ).")
    var batch = 1

    @Flag(
        help: ArgumentHelp(
            "Preview each person first (free) and skip those without the selected email or phone (preview_empty).",
            discussion: "With --dry-run: preview every distinct person and print the credits --preview saves."
        )
    )
    var preview = false

    /// LeadIQ's own connector batches at most ten lookups per call.
    static let largestLeadIQBatch = 10

    func validate() throws {
        if self.batch < 1 { throw ValidationError("--batch must be at least 1") }
        if self.preview && !self.fields.contains(.email) && !self.fields.contains(.phone) {
            throw ValidationError("--preview looks for an email or a phone; add email or phone to --fields, or drop it")
        }
    }

    static func parseFields(_ argument: String) throws -> FieldSelection {
        guard let selection = FieldSelection(names: argument) else {
            let names = FieldSelection.names.map(\.0).joined(separator: ", ")
            throw ValidationError("--fields takes a comma-separated list of \(names); got '\(argument)'")
        }
        return selection
    }
}

extension MatchMode: ExpressibleByArgument {}
