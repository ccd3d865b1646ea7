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
}
