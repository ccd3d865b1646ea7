import ArgumentParser
import LeadIQ

/// How a run that sends lookups goes and what it reports: shared by every command that can spend credits.
struct JobOptions: ParsableArguments, Sendable {
    @Option(help: "Lookup requests in flight at once.")
    var concurrency = 4

    @Option(help: "Never spend more than this many credits; rows past the budget are skipped with reason budget.")
    var maxCredits: Double?

    @Flag(help: "Read the whole input and print what the run would send and spend, without spending anything.")
    var dryRun = false

    @Flag(
        name: [.short, .long],
        help: "Spend without asking first (needed to spend when no terminal can be asked, e.g. in cron or CI)."
    )
    var yes = false

    @Option(help: "Also write skipped, failed and rejected rows to this file, with file, line and reason.")
    var rejects: String?

    @Option(help: "Write the run's summary to this file as JSON.")
    var report: String?

    @Flag(help: "Print neither progress nor the summary on standard error.")
    var quiet = false

    func validate() throws {
        if self.concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if let maxCredits = self.maxCredits, maxCredits < 0 {
            throw ValidationError("--max-credits cannot be negative")
        }
    }

    /// Checks the files this run writes against its input and each other.
    func validate(input: InputOptions, output: OutputOptions) throws {
        if input.input != "-" && [output.output, self.rejects].contains(input.input) {
            throw ValidationError("an output names the input file, which would be overwritten while it is read")
        }
        if self.rejects != nil && self.rejects == output.output {
            throw ValidationError("--rejects and -o name the same file; give the rejects a file of their own")
        }
    }

    /// `--max-credits` in tenths, rounded down so the budget is never exceeded.
    var budget: Credits? {
        self.maxCredits.map { Credits(tenths: Int(($0 * 10).rounded(.down))) }
    }
}
