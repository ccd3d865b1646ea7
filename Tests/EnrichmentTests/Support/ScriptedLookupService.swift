import Enrichment
import Foundation
import LeadIQ

/// A `LookupService` answering from a script, with a scheduling delay per lookup made of `Task.yield()`s so batches
/// finish out of order without any sleep; it records every batch and the most batches it saw in flight at once.
final class ScriptedLookupService: LookupService, @unchecked Sendable {
    typealias Answer = @Sendable (Lookup) -> LookupOutcome

    private let lock = NSLock()
    private let answer: Answer
    private let yields: @Sendable (Lookup) -> Int
    private let fatal: @Sendable (_ lookups: [Lookup]) -> EnrichmentError?
    private let hold: (@Sendable (Int) async -> Void)?
    private let whenAskedForStoredAnswers: (@Sendable () -> Void)?
    private var sent: [[Lookup]] = []
    private var completed: [Int] = []
    private var inFlight = 0
    private var maxInFlight = 0

    /// - Parameters:
    ///   - yields: how many times a batch yields before answering, from its first lookup.
    ///   - fatal: the error to throw at once for a call with these lookups, if any, as LeadIQ refuses a key or a
    ///     request without credits before doing anything else.
    ///   - hold: awaited by the n-th call (0-based) before it answers, to hold it back until the test says.
    ///   - whenAskedForStoredAnswers: called when the pipeline asks whether an answer is stored, which it does only
    ///     once it may no longer spend; this service stores nothing.
    init(
        yields: @escaping @Sendable (Lookup) -> Int = { _ in 0 },
        fatal: @escaping @Sendable (_ lookups: [Lookup]) -> EnrichmentError? = { _ in nil },
        hold: (@Sendable (Int) async -> Void)? = nil,
        whenAskedForStoredAnswers: (@Sendable () -> Void)? = nil,
        answer: @escaping Answer = ScriptedLookupService.matchEveryone
    ) {
        self.answer = answer
        self.yields = yields
        self.fatal = fatal
        self.hold = hold
        self.whenAskedForStoredAnswers = whenAskedForStoredAnswers
    }

    func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
        let call = self.lock.withLock {
            self.sent.append(lookups)
            self.inFlight += 1
            self.maxInFlight = max(self.maxInFlight, self.inFlight)
            return self.sent.count - 1
        }
        defer {
            self.lock.withLock {
                self.inFlight -= 1
                self.completed.append(call)
            }
        }
        if let error = self.fatal(lookups) {
            throw error
        }
        for _ in 0..<(lookups.first.map(self.yields) ?? 0) {
            await Task.yield()
        }
        await self.hold?(call)
        return LookupBatchResult(outcomes: lookups.map(self.answer))
    }

    func answersWithoutRequest(_ lookup: Lookup, selection: FieldSelection) throws -> Bool {
        self.whenAskedForStoredAnswers?()
        return false
    }

    var batches: [[Lookup]] { self.lock.withLock { self.sent } }
    var lookups: [Lookup] { self.batches.flatMap { $0 } }
    var completionOrder: [Int] { self.lock.withLock { self.completed } }
    var mostInFlight: Int { self.lock.withLock { self.maxInFlight } }

    /// Everyone is found, with a work email; the person id is derived from what was asked. Addresses starting with
    /// `bad` verify as `Invalid`, all others as `Verified`.
    static let matchEveryone: Answer = { lookup in
        switch lookup {
        case .person(let input):
            let key = input.email ?? input.linkedinUrl ?? input.id ?? "\(input.firstName ?? "") \(input.lastName ?? "")"
            return .person(
                PersonRecord(
                    id: "p:" + key,
                    name: NameInfo(first: "First", last: "Last"),
                    currentPositions: [
                        PositionRecord(
                            title: "Engineer",
                            companyInfo: CompanyInfo(name: "Acme", domain: "acme.com"),
                            emails: [EmailRecord(value: "work." + key, status: "Verified")]
                        )
                    ]
                )
            )
        case .company(let input):
            return .company(CompanyInfo(id: "c:" + (input.domain ?? input.name ?? ""), name: input.name))
        case .emailVerification(let email):
            return .emailVerification(EmailVerification(status: email.hasPrefix("bad") ? "Invalid" : "Verified"))
        }
    }
}
