import ArgumentParser

/// `leadiq verify`: every input row back, in order, with LeadIQ's verdict on its email address appended.
struct VerifyCommand: AsyncParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify the email address of every row through LeadIQ (0.1 credit per distinct address).",
        discussion: """
            Only the email column counts (found by its header, or --map email=COLUMN). Addresses are trimmed and \
            lower-cased, so spellings of one address are verified once; blank or malformed cells are skipped \
            (reasons no_email, invalid_email) without a request. Each row gains leadiq_status, leadiq_reason and \
            leadiq_email_status (Verified, VerifiedLikely, Unverified or Invalid). Verdicts are cached and journaled \
            as enrich's answers are.

            Exit codes: 0 all rows answered; 1 some rows failed; 2 usage or unreadable input; 3 LeadIQ rejected \
            the API key (nothing written); 4 credits ran out (the output is complete, the rest marked failed).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var job: JobOptions
    @OptionGroup var storage: StorageOptions
    @OptionGroup var api: APIOptions

    func validate() throws {
        try self.job.validate(input: self.input, output: self.output)
    }

    func run() async throws {
        try await EnrichmentJob(
            task: .verifyEmail, source: .input(self.input), output: self.output, job: self.job, storage: self.storage,
            api: self.api
        ).execute()
    }
}
