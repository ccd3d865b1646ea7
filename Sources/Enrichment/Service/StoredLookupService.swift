import Foundation
import LeadIQ
import Synchronization

/// A `LookupService` stage that answers from stored outcomes before asking the service behind it, and stores what
/// that service answers: the run journal makes a resumed run skip what an interrupted one already paid for, and the
/// persistent cache makes a re-run of a finished file free.
public final class StoredLookupService: LookupService {
    /// One place answers are read from and written to, consulted in the order given.
    public struct Scope: Sendable {
        public var store: OutcomeStore
        public var name: String
        /// Answers older than this many seconds are ignored (the cache's TTL); `nil` keeps them for ever.
        public var maximumAge: Int64?
        /// `false` stores answers without reading old ones (`--refresh`).
        public var reads: Bool
        /// `true` for the cache: its answers were paid for by other runs, so they cost this one nothing and leave
        /// `--max-credits` alone. The journal's were paid for by this run's interrupted attempts: a resumed run counts
        /// them again, so the budget covers the whole job.
        public var isPrepaid: Bool
        /// `false` for a store the run can do without (the cache): a read that fails there is skipped, and once a
        /// write fails the run writes there no more, so an answer LeadIQ was paid for is never failed because it
        /// could not be cached, and a store another process holds locked costs one wait, not one per lookup (reads
        /// go on: in WAL mode they do not wait for writers, and each one may still save a paid lookup). The journal
        /// is required.
        public var required: Bool

        public init(
            store: OutcomeStore, name: String, maximumAge: Int64? = nil, reads: Bool = true, required: Bool = true,
            isPrepaid: Bool = false
        ) {
            self.store = store
            self.name = name
            self.maximumAge = maximumAge
            self.reads = reads
            self.required = required
            self.isPrepaid = isPrepaid
        }
    }

    /// Reads and writes of stores that are not required which failed and were skipped, with the first one's error.
    public struct SkippedStoreErrors: Sendable {
        public var count = 0
        public var first: String?
        /// The stores no longer written to after a write failed there, by scope name.
        fileprivate var unwritable: Set<String> = []
    }

    private let upstream: any LookupService
    private let scopes: [Scope]
    private let namespace: String
    private let now: @Sendable () -> Int64
    private let answeredFromStore = Atomic<Int>(0)
    private let skipped = Mutex(SkippedStoreErrors())

    /// - Parameter namespace: what else the answer depends on (the API's base URL); part of every key.
    public init(
        upstream: any LookupService,
        scopes: [Scope],
        namespace: String,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.upstream = upstream
        self.scopes = scopes
        self.namespace = namespace
        self.now = now
    }

    /// Lookups answered without a request so far.
    public var storedAnswers: Int { self.answeredFromStore.load(ordering: .relaxed) }

    /// What failed so far in stores that are not required.
    public var skippedStoreErrors: SkippedStoreErrors { self.skipped.withLock { $0 } }

    public func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
        let time = self.now()
        let keys = try lookups.map { try self.key(for: $0, selection: selection) }
        let stored = try keys.map { try self.stored(key: $0, now: time) }
        var outcomes = stored.map { $0?.outcome }
        let missing = outcomes.indices.filter { outcomes[$0] == nil }
        self.answeredFromStore.add(lookups.count - missing.count, ordering: .relaxed)
        let prepaid = Set(stored.indices.filter { stored[$0]?.scope.isPrepaid == true })
        guard !missing.isEmpty else {
            return LookupBatchResult(outcomes: outcomes.map { $0! }, requests: 0, prepaidPositions: prepaid)
        }
        let answer = try await self.upstream.lookUp(missing.map { lookups[$0] }, selection: selection)
        for (index, outcome) in zip(missing, answer.outcomes) {
            outcomes[index] = outcome
        }
        let answered = try OutcomeStore.encode(zip(missing, answer.outcomes).map { (key: keys[$0], outcome: $1) })
        for scope in self.scopes where self.isWritable(scope) {
            try self.skippingErrors(of: scope, stopsWriting: true) {
                try scope.store.store(answered, scope: scope.name, now: time)
            }
        }
        return LookupBatchResult(outcomes: outcomes.map { $0! }, requests: answer.requests, prepaidPositions: prepaid)
    }

    /// Whether `lookUp` would answer `lookup` from a store, without asking the service behind it.
    public func answersWithoutRequest(_ lookup: Lookup, selection: FieldSelection) throws -> Bool {
        try self.stored(key: self.key(for: lookup, selection: selection), now: self.now()) != nil
    }

    /// The first stored answer for `key`, with the scope it came from.
    private func stored(key: String, now: Int64) throws -> (outcome: LookupOutcome, scope: Scope)? {
        for scope in self.scopes where scope.reads {
            let outcome = try self.skippingErrors(of: scope) {
                try scope.store.outcome(scope: scope.name, key: key, maximumAge: scope.maximumAge, now: now)
            }
            if let outcome = outcome ?? nil {
                return (outcome, scope)
            }
        }
        return nil
    }

    /// Whether answers still go to `scope`: always to a required one, to another until a write there fails.
    private func isWritable(_ scope: Scope) -> Bool {
        scope.required || !self.skipped.withLock { $0.unwritable.contains(scope.name) }
    }

    /// `body`'s result; `nil`, with the error counted, when it throws on a store that is not required, which
    /// `stopsWriting` then takes out of the writes.
    @discardableResult
    private func skippingErrors<Value>(
        of scope: Scope, stopsWriting: Bool = false, _ body: () throws -> Value
    ) throws -> Value? {
        do {
            return try body()
        } catch where !scope.required {
            self.skipped.withLock { skipped in
                skipped.count += 1
                skipped.first = skipped.first ?? String(describing: error)
                if stopsWriting {
                    skipped.unwritable.insert(scope.name)
                }
            }
            return nil
        }
    }

    /// A stable text key: the same lookup, selection and API always give the same key, across runs and machines, and
    /// lookups equal but for the case of a name share one.
    ///
    /// Lookups of different kinds never share a key, even for the same address: the kind is a field of its own. A
    /// verification's key leaves the selection out, since its answer does not depend on it.
    private func key(for lookup: Lookup, selection: FieldSelection) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let (kind, selected, body): (String, String, Data) =
            switch lookup.caseFolded {
            case .person(let input): ("person", String(selection.rawValue), try encoder.encode(input))
            case .company(let input): ("company", String(selection.rawValue), try encoder.encode(input))
            case .emailVerification(let email): ("email-verification", "", try encoder.encode(email))
            }
        return "\(self.namespace)|\(selected)|\(kind)|\(String(decoding: body, as: UTF8.self))"
    }
}
