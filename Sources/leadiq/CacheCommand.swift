import ArgumentParser
import Enrichment
import Foundation

/// `leadiq cache`: what leadiq keeps between runs (the lookup cache, the journals of runs that did not finish) and
/// clearing it. A run interrupted and never run again leaves its journal behind; this is how it goes.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show the lookup cache and the journals of interrupted runs, or clear them.",
        discussion: """
            Both live in $XDG_CACHE_HOME/leadiq (else ~/.cache/leadiq). Clearing them gives up answers that were paid \
            for: an interrupted run then starts over when run again, and a file enriched before is looked up again.
            """
    )

    @Flag(help: "Delete the journals of interrupted runs; a run under way keeps its own.")
    var clearJournals = false

    @Flag(help: "Forget every cached answer.")
    var clearCache = false

    func run() throws {
        let directory = StorageOptions.directory
        if self.clearJournals {
            let (removed, underWay) = try directory.removeInterruptedJournals()
            print("removed \(Self.count(removed.count, "journal")), \(Self.size(removed.map(\.bytes).reduce(0, +)))")
            if !underWay.isEmpty {
                print("kept \(Self.count(underWay.count, "journal")) of runs under way")
            }
        }
        // Opened only when there is one: showing the cache must not create it.
        let cache = try directory.cacheBytes.map { _ in try OutcomeStore(path: directory.cachePath) }
        if self.clearCache, let cache {
            try cache.removeAll()
            print("cleared the lookup cache")
        }
        print(directory.path)
        if let cache, let bytes = directory.cacheBytes {
            let answers = try cache.count(scope: StorageOptions.cacheScope)
            print("lookup cache: \(Self.count(answers, "answer")), \(Self.size(bytes))")
        } else {
            print("lookup cache: none yet")
        }
        let journals = directory.journals()
        if let oldest = journals.first {
            let bytes = journals.map(\.bytes).reduce(0, +)
            let since = oldest.modified.formatted(.iso8601.year().month().day().dateSeparator(.dash))
            print("journals of unfinished runs: \(journals.count), \(Self.size(bytes)), the oldest from \(since)")
        } else {
            print("journals of unfinished runs: none")
        }
    }

    private static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func size(_ bytes: Int64) -> String {
        bytes < 1_000_000 ? "\((bytes + 999) / 1000) KB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
