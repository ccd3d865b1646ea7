import ArgumentParser

@main
struct LeadIQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadiq",
        abstract: "Move contact records between files and LeadIQ: enrich them, or load them into Prospector lists.",
        version: "0.1.0",
        subcommands: [
            EnrichCommand.self, VerifyCommand.self, ConvertCommand.self, InspectCommand.self, SandboxCommand.self, AccountCommand.self,
            PushCommand.self, ExportCommand.self, ListsCommand.self, SearchCommand.self, CacheCommand.self,
        ]
    )

    /// Runs the command the arguments name, and exits as the README's table says: a usage error exits 2, as most
    /// command-line tools do, not ArgumentParser's 64 (`EX_USAGE`), with the same message; the errors
    /// `commandExitCode(for:)` knows exit with their code after `error: ` and what happened.
    static func main() async {
        do {
            var command = try await Self.asyncParseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch where Self.exitCode(for: error) == .validationFailure {
            IssueReport.printError(Self.fullMessage(for: error))
            Self.exit(withError: ExitCode(2))
        } catch {
            if let code = commandExitCode(for: error) {
                IssueReport.printError("error: \(error)")
                Self.exit(withError: ExitCode(code))
            }
            Self.exit(withError: error)
        }
    }
}
