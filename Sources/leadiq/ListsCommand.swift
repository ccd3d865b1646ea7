import ArgumentParser
import Foundation
import LeadIQ

/// `leadiq lists`: the Prospector lists the key can see.
struct ListsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Show the LeadIQ Prospector lists this key can see, with their ids (free)."
    )

    @OptionGroup var api: APIOptions

    @Flag(help: "Print the lists as a JSON array.")
    var json = false

    func run() async throws {
        let lists = try await self.api.withConnection { connection in
            try await connection.client.allLists()
        }
        if self.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(lists), as: UTF8.self))
            return
        }
        for list in lists {
            print([list.id, list.role, list.createdAt, list.name].joined(separator: "\t"))
        }
        IssueReport.printError("\(lists.count) list\(lists.count == 1 ? "" : "s")")
    }
}
