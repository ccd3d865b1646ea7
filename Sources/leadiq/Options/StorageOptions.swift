import ArgumentParser
import Enrichment
import Foundation

/// The lookup cache and the run journal: what makes re-runs free and interrupted runs resumable.
struct StorageOptions: ParsableArguments, Sendable {
    @Flag(help: "Neither read nor write the lookup cache (the run journal still makes the run resumable).")
    var noCache = false

    @Flag(help: "Look everything up again and overwrite the cached answers.")
    var refresh = false

    @Option(name: .customLong("cache-ttl"), help: "Days a cached answer stays valid.")
    var cacheTTL = 30

    @Flag(help: "Discard what an interrupted run of the same command saved, and start over.")
    var restart = false

    func validate() throws {
        if self.cacheTTL < 0 { throw ValidationError("--cache-ttl cannot be negative") }
        if self.noCache && self.refresh { throw ValidationError("--refresh has no effect with --no-cache; pick one") }
    }

    /// `$XDG_CACHE_HOME/leadiq`, else `~/.cache/leadiq`.
    static var directory: StorageDirectory {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty {
            return StorageDirectory(path: base + "/leadiq")
        }
        return StorageDirectory(path: FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/leadiq")
    }

    /// Takes the lock of the run named `runID`: one file per run id while a run holds it.
    static func lock(_ runID: String) throws -> RunLock {
        try RunLock(directory: Self.directory.lockDirectory, runID: runID)
    }

    /// Opens the journal of the push (or list save) named `runID`, in a file of its own: deleted when the run finishes,
    /// so it never outgrows one interrupted run. The run lock keeps other processes off it.
    static func pushJournal(_ runID: String, restart: Bool) throws -> PushJournal {
        try PushJournal(path: Self.directory.journalPath(runID), runID: runID, restart: restart)
    }

    /// Opens the journal and, unless `--no-cache`, the cache, as stages in front of `upstream`.
    ///
    /// - Parameters:
    ///   - runID: identifies this input and these options; a later run with the same id resumes this one.
    ///   - namespace: the API the answers came from, so sandbox answers never stand in for LeadIQ's.
    func storedService(
        upstream: any LookupService, runID: String, namespace: String
    ) throws -> (service: StoredLookupService, journal: OutcomeStore) {
        let directory = Self.directory
        let journal = try OutcomeStore(path: directory.journalPath(runID), restart: self.restart)
        var scopes = [StoredLookupService.Scope(store: journal, name: Self.journalScope(runID))]
        if !self.noCache {
            scopes.append(try self.cacheScope(directory))
        }
        return (StoredLookupService(upstream: upstream, scopes: scopes, namespace: namespace), journal)
    }

    /// What a run with these options would find answered already, for a dry run's estimate: the stores it would read,
    /// opened only where their files exist, and never started over (`--restart` is for the run to carry out).
    func existingAnswers(upstream: any LookupService, runID: String, namespace: String) throws -> StoredLookupService {
        let directory = Self.directory
        var scopes: [StoredLookupService.Scope] = []
        let journalPath = directory.journalPath(runID)
        if !self.restart, FileManager.default.fileExists(atPath: journalPath) {
            scopes.append(.init(store: try OutcomeStore(path: journalPath), name: Self.journalScope(runID)))
        }
        if !self.noCache, !self.refresh, FileManager.default.fileExists(atPath: directory.cachePath) {
            scopes.append(try self.cacheScope(directory))
        }
        return StoredLookupService(upstream: upstream, scopes: scopes, namespace: namespace)
    }

    private func cacheScope(_ directory: StorageDirectory) throws -> StoredLookupService.Scope {
        // Other runs hold the cache for microseconds at a time; past this wait something is holding it for long
        // (`leadiq cache --clear-cache`, say), and the run stops writing to it rather than stall every lookup.
        let cache = try OutcomeStore(path: directory.cachePath, busyTimeout: .milliseconds(250))
        return StoredLookupService.Scope(
            store: cache, name: Self.cacheScope, maximumAge: Int64(self.cacheTTL) * 86_400, reads: !self.refresh,
            required: false, isPrepaid: true
        )
    }

    static func journalScope(_ runID: String) -> String { "run:" + runID }

    /// The scope of the cache's answers in the cache's store.
    static let cacheScope = "cache"
}
