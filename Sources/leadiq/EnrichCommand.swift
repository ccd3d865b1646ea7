import ArgumentParser
import Enrichment

/// `leadiq enrich`: every input row back, in order, with what LeadIQ knows about the person or company appended.
struct EnrichCommand: AsyncParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Enrich contact records through LeadIQ: every row kept, in order, with a leadiq_status.",
        discussion: """
            Each row is matched by its most precise identifier (LinkedIn URL, then email, then name with company, \
            then LeadIQ id); rows that only name a company become company lookups. Identical lookups are sent once. \
            Answers are cached (re-running a file is free) and journaled (an interrupted run resumes where it \
            stopped when the same command is run again). With --preview, LeadIQ's free preview is asked first \
            and people without the selected email or phone are skipped (reason preview_empty) instead of paid for. \
            With --list NAME the matched people are saved, with LeadIQ's data, to a new Prospector list once the \
            run is over.

            Exit codes: 0 all rows answered; 1 some rows failed (or could not be saved to the list); 2 usage, \
            unreadable input or a list name already taken; 3 LeadIQ rejected the API key (nothing written); 4 \
            credits ran out (the output is complete, the rest marked failed).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var enrichment: EnrichmentOptions

    @Option(help: "What rows identify: auto (people, or a company when that is all a row has), people or company.")
    var mode: MatchMode = .auto

    @Flag(
        help: ArgumentHelp(
            "Preview each person first (free) and skip those without the selected email or phone (preview_empty).",
            discussion: "With --dry-run: preview every distinct person and print the credits --preview saves."
        )
    )
    var preview = false

    @OptionGroup var job: JobOptions
    @OptionGroup var list: NewListOptions
    @OptionGroup var storage: StorageOptions
    @OptionGroup var api: APIOptions

    func validate() throws {
        try self.job.validate(input: self.input, output: self.output)
        if self.list.list != nil && self.mode == .company {
            throw ValidationError("--list saves matched people; it cannot be used with --mode company")
        }
        if self.preview && !self.enrichment.fields.contains(.email) && !self.enrichment.fields.contains(.phone) {
            throw ValidationError("--preview looks for an email or a phone; add email or phone to --fields, or drop it")
        }
    }

    func run() async throws {
        try await EnrichmentJob(
            task: .enrich(self.enrichment, mode: self.mode, preview: self.preview), source: .input(self.input),
            output: self.output, job: self.job, storage: self.storage, api: self.api, list: self.list.input
        ).execute()
    }
}

extension MatchMode: ExpressibleByArgument {}
