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

    /// Runs the command the arguments name. A usage error exits 2, as the README's table says and most command-line
    /// tools do, not ArgumentParser's 64 (`EX_USAGE`); its message is the same.
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
            Self.exit(withError: error)
        }
    }
}
