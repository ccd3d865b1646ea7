import ArgumentParser
import LeadIQ
import RecordIO

/// How a run that sends lookups goes and what it reports: shared by every command that can spend credits.
struct JobOptions: ParsableArguments, Sendable {
    @Option(help: "Lookup requests in flight at once.")
    var concurrency = 4

    @Option(help: "Never spend more than this many credits; rows past the budget are skipped with reason budget.")
    var maxCredits: Double?

    @Option(
        help: ArgumentHelp(
            "Stop (exit 5, resumable) once this many lookups in a row fail even after retries; 0 never stops.",
            valueName: "n"
        )
    )
    var maxFailuresInARow = 10

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
        if self.maxFailuresInARow < 0 {
            throw ValidationError("--max-failures-in-a-row cannot be negative (0 turns the breaker off)")
        }
    }

    /// Checks the files this run writes against its input and each other, however their paths are spelled.
    func validate(input: InputOptions, output: OutputOptions) throws {
        let written = [output.output, self.rejects, self.report].compactMap { $0 }
        if input.input != "-" && written.contains(where: { OutputOptions.sameFile($0, input.input) }) {
            throw ValidationError("an output names the input file, which would be overwritten while it is read")
        }
        if let rejects = self.rejects, OutputOptions.sameFile(rejects, output.output) {
            throw ValidationError("--rejects and -o name the same file; give the rejects a file of their own")
        }
        let rowOutputs = [output.output, self.rejects].compactMap { $0 }
        if let report = self.report, rowOutputs.contains(where: { OutputOptions.sameFile($0, report) }) {
            throw ValidationError("--report names the same file as -o or --rejects; give the report a file of its own")
        }
        if let report = self.report {
            do {
                try RecordOutput.checkWritable(report)
            } catch {
                throw ValidationError("--report: \(error)")
            }
        }
    }

    /// `--max-failures-in-a-row`, with 0 as "never".
    var breaker: Int? {
        self.maxFailuresInARow > 0 ? self.maxFailuresInARow : nil
    }

    /// `--max-credits` in tenths, rounded down so the budget is never exceeded.
    var budget: Credits? {
        self.maxCredits.map { Credits(tenths: Int(($0 * 10).rounded(.down))) }
    }
}
