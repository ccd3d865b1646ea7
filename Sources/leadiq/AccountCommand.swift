import ArgumentParser
import Foundation
import LeadIQ

/// `leadiq account`: the plan and its credits, to check a key and a balance before a run.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Show the LeadIQ plan and its credits available and used (free)."
    )

    @OptionGroup var api: APIOptions

    @Flag(help: "Print LeadIQ's answer as JSON.")
    var json = false

    func run() async throws {
        let account = try await withLeadIQClient(try self.api.clientConfiguration()) { client in
            try await client.account()
        }
        if self.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(account), as: UTF8.self))
        } else {
            print(account.summary)
        }
    }
}
