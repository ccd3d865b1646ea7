import ArgumentParser

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
            and people without the selected email or phone are skipped (reason preview_empty) instead of paid for.

            Exit codes: 0 all rows answered; 1 some rows failed; 2 usage or unreadable input; 3 LeadIQ rejected \
            the API key (nothing written); 4 credits ran out (the output is complete, the rest marked failed).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var enrichment: EnrichmentOptions
    @OptionGroup var job: JobOptions
    @OptionGroup var storage: StorageOptions
    @OptionGroup var api: APIOptions

    func validate() throws {
        try self.job.validate(input: self.input, output: self.output)
    }

    func run() async throws {
        try await EnrichmentJob(
            task: .enrich(self.enrichment), input: self.input, output: self.output, job: self.job,
            storage: self.storage, api: self.api
        ).execute()
    }
}
