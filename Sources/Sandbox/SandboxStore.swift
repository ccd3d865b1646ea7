import Foundation
import LeadIQ

/// Everything a running sandbox remembers: credits spent, Prospector lists and prospects, per-key request windows, the
/// seeded fault generator and the counters tests read through `SandboxStats`. An actor, so concurrent requests see one
/// consistent state.
actor SandboxStore {
    /// What the fault injector decided for one request.
    struct FaultPlan: Sendable {
        var delayMilliseconds: Int
        var fail: Bool
        var reset: Bool
        var throttle: Bool
        /// The outage has begun: answer 503 whatever else was drawn.
        var outage: Bool
    }

    /// The outcome of counting one request against its key's window.
    struct RateDecision: Sendable {
        var allowed: Bool
        var limit: Int
        var remaining: Int
        var resetSeconds: Int
        var windowSeconds: Int
    }

    let configuration: SandboxConfiguration
    private var random: SeededRandom
    private var rateWindows: [String: (start: ContinuousClock.Instant, count: Int)] = [:]
    private var nextSerial: UInt64 = 1
    private var faultsDrawn = 0

    /// Requests being answered right now, counted on the connections' event loops, outside the actor.
    nonisolated let requestsUnderWay = RequestGauge()

    private(set) var creditsUsed = Credits.zero
    /// The data points already paid for, by person, and the companies whose firmographics were. A year is longer than
    /// any sandbox lives, so nothing here expires; hashed ids keep a million people in a few tens of megabytes.
    private var unlockedPeople: [StableHash: FieldSelection] = [:]
    private var unlockedCompanies: Set<StableHash> = []
    private(set) var graphQLRequests = 0
    private(set) var searchPeopleLookups = 0
    private(set) var restRequests: [String: Int] = [:]

    /// Lists in creation order; ids grow with creation, which is what cursor paging relies on.
    private(set) var lists: [ProspectList] = []
    private(set) var prospects: [Prospect] = []

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        self.random = SeededRandom(seed: configuration.seed)
    }

    // MARK: Faults and limits

    /// Draws the same number of values for every request, so a seed replays the same faults in the same order.
    func nextFault() -> FaultPlan {
        let jitter = Int(self.random.next() % UInt64(max(1, self.configuration.jitterMilliseconds + 1)))
        let failDraw = Double(self.random.next() >> 11) / Double(1 << 53)
        let resetDraw = Double(self.random.next() >> 11) / Double(1 << 53)
        let throttleDraw = Double(self.random.next() >> 11) / Double(1 << 53)
        self.faultsDrawn += 1
        return FaultPlan(
            delayMilliseconds: self.configuration.latencyMilliseconds + jitter,
            fail: failDraw < self.configuration.failRate,
            reset: resetDraw < self.configuration.resetRate,
            throttle: throttleDraw < self.configuration.throttleRate,
            outage: self.configuration.outageAfterRequests.map { self.faultsDrawn > $0 } ?? false
        )
    }

    /// Counts a request against `key`'s current window.
    func admit(key: String, now: ContinuousClock.Instant = .now) -> RateDecision? {
        guard let limit = self.configuration.requestsPerMinute else { return nil }
        let length = self.configuration.rateLimitWindowSeconds
        var window = self.rateWindows[key] ?? (start: now, count: 0)
        if now - window.start >= .seconds(length) {
            window = (start: now, count: 0)
        }
        window.count += 1
        self.rateWindows[key] = window
        let elapsed = now - window.start
        // Whole seconds rounded up, so the announced reset is never before the real one.
        let reset = max(1, length - Int(elapsed.components.seconds))
        return RateDecision(
            allowed: window.count <= limit,
            limit: limit,
            remaining: max(0, limit - window.count),
            resetSeconds: reset,
            windowSeconds: length
        )
    }

    // MARK: Credits

    var creditsAvailable: Credits {
        Credits(whole: self.configuration.credits) - self.creditsUsed
    }

    /// Spends `cost` if the balance covers it; LeadIQ refuses the whole data point rather than running negative.
    func charge(_ cost: Credits) -> Bool {
        guard cost <= self.creditsAvailable else { return false }
        self.creditsUsed += cost
        return true
    }

    /// What unlocking data came to.
    enum Unlock: Sendable {
        case spent(Credits)
        /// The balance does not cover `cost`; nothing was spent or unlocked.
        case refused(cost: Credits, available: Credits)
    }

    /// Charges for the data points of `person` that `selection` unlocks for the first time: LeadIQ charges a data
    /// point once a year, so looking someone up again costs only what was not unlocked before.
    func unlock(_ person: PersonRecord, selection: FieldSelection) -> Unlock {
        let key = person.id.map(StableHash.init)
        let unlocked = key.flatMap { self.unlockedPeople[$0] } ?? []
        let cost = PersonSelectionCost.cost(
            of: person, selection: selection, unlocked: unlocked,
            companyIsUnlocked: { self.unlockedCompanies.contains(StableHash($0)) }
        )
        guard self.charge(cost) else { return .refused(cost: cost, available: self.creditsAvailable) }
        if let key {
            self.unlockedPeople[key] = unlocked.union(PersonSelectionCost.unlockedPersonalData(by: selection))
        }
        if selection.contains(.company) {
            for company in PersonSelectionCost.companies(of: person) {
                self.unlockedCompanies.insert(StableHash(company))
            }
        }
        return .spent(cost)
    }

    /// Charges `cost` for the firmographics of the company `id`, unless they were unlocked before.
    func unlockFirmographics(ofCompany id: String?, cost: Credits) -> Unlock {
        let key = id.map(StableHash.init)
        if let key, self.unlockedCompanies.contains(key) { return .spent(.zero) }
        guard self.charge(cost) else { return .refused(cost: cost, available: self.creditsAvailable) }
        if let key, cost > .zero {
            self.unlockedCompanies.insert(key)
        }
        return .spent(cost)
    }

    // MARK: Counters

    func countGraphQLRequest() {
        self.graphQLRequests += 1
    }

    func countSearchPeopleLookup() {
        self.searchPeopleLookups += 1
    }

    func countRESTRequest(_ route: String) {
        self.restRequests[route, default: 0] += 1
    }

    // MARK: Prospector

    /// A fresh 24-hex id; later ids sort after earlier ones.
    func makeID() -> String {
        defer { self.nextSerial += 1 }
        return "65f0c0de" + StableHash.hex(self.nextSerial, digits: 16)
    }

    func list(id: String) -> ProspectList? {
        self.lists.first { $0.id == id }
    }

    /// Creates a list, or returns `nil` when the name is taken (409).
    func createList(_ input: ListInput, now: String) -> ProspectList? {
        guard !self.lists.contains(where: { $0.name == input.name }) else { return nil }
        let list = ProspectList(
            id: self.makeID(),
            name: input.name,
            role: "owner",
            description: input.description,
            status: "active",
            visibility: "private",
            createdAt: now,
            updatedAt: now
        )
        self.lists.append(list)
        return list
    }

    func addProspect(_ prospect: Prospect) {
        self.prospects.append(prospect)
    }

    func prospects(inList listId: String) -> [Prospect] {
        self.prospects.filter { $0.listIds.contains(listId) }
    }
}
