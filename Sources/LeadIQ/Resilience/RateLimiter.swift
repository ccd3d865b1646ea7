/// A token bucket shared by every request of one client, so the client stays under LeadIQ's per-key limit however
/// many tasks use it.
///
/// Each `acquire()` takes a token or reserves the next one and waits for it, so callers are served in arrival order.
/// After a 429 the rate halves (the server's view of our rate is what counts) and then creeps back to the ceiling
/// with each success; the 429s of requests sent before a halving answer the rate it already corrected, so they do not
/// halve it again. When the server says its quota is spent until some moment, every request waits for it. The
/// clock is injectable so tests can let time pass without sleeping.
public actor RateLimiter<C: Clock> where C.Duration == Duration {
    /// The ceiling: the configured rate, or a lower limit the server stated.
    public private(set) var requestsPerMinute: Double
    /// The rate in force now: lower than the ceiling after a 429.
    public private(set) var currentRequestsPerMinute: Double
    private let burst: Double
    private let clock: C
    private var tokens: Double
    private var lastRefill: C.Instant?
    /// No request goes before this moment.
    private var pausedUntil: C.Instant?
    /// When the rate was last halved.
    private var slowedDownAt: C.Instant?
    private let waits: WaitInterrupter

    /// - Parameters:
    ///   - requestsPerMinute: the steady rate; at least 1.
    ///   - burst: how many requests may go at once after a quiet spell; 1 spaces every request evenly, which never
    ///     exceeds a sliding one-minute window on the server.
    ///   - waits: what can cut `acquire`'s waits short.
    public init(requestsPerMinute: Int, burst: Int = 1, clock: C, waits: WaitInterrupter = WaitInterrupter()) {
        self.requestsPerMinute = Double(max(1, requestsPerMinute))
        self.currentRequestsPerMinute = self.requestsPerMinute
        self.burst = Double(max(1, burst))
        self.tokens = self.burst
        self.clock = clock
        self.waits = waits
    }

    /// Waits until the next request may be sent, and returns that moment; throws `CancellationError` when the wait is
    /// interrupted.
    @discardableResult
    public func acquire() async throws -> C.Instant {
        let wait = self.reserve()
        if wait > .zero {
            try await self.waits.sleep(until: self.clock.now.advanced(by: wait), on: self.clock)
        }
        // A pause announced while this request waited for its turn holds it too.
        while let until = self.pausedUntil, self.clock.now < until {
            try await self.waits.sleep(until: until, on: self.clock)
        }
        return self.clock.now
    }

    /// Holds every request for `duration` from now, after the server said its quota is spent until then.
    public func pause(for duration: Duration) {
        let until = self.clock.now.advanced(by: duration)
        if self.pausedUntil.map({ $0 < until }) ?? true {
            self.pausedUntil = until
        }
    }

    /// Lowers the ceiling to a limit the server states, when that is below the configured rate.
    public func adopt(requestsPerMinute: Int) {
        let rate = Double(max(1, requestsPerMinute))
        guard rate < self.requestsPerMinute else { return }
        self.refill()
        self.requestsPerMinute = rate
        self.currentRequestsPerMinute = min(self.currentRequestsPerMinute, rate)
    }

    /// Halves the rate and drops the saved-up burst, after the server answered 429 to a request `acquire` let go at
    /// `sent`; once only for the requests that were already on their way when it last halved (a whole concurrent
    /// round refused at once would otherwise take the rate to its floor).
    public func slowDown(requestSentAt sent: C.Instant) {
        if let slowedDownAt = self.slowedDownAt, sent < slowedDownAt {
            return
        }
        self.slowedDownAt = self.clock.now
        self.refill()
        self.currentRequestsPerMinute = max(1, self.currentRequestsPerMinute / 2)
        self.tokens = min(self.tokens, 0)
    }

    /// Moves the rate a tenth of the ceiling back towards it, after a request went through.
    public func recordSuccess() {
        self.refill()
        self.currentRequestsPerMinute = min(
            self.requestsPerMinute,
            self.currentRequestsPerMinute + self.requestsPerMinute / 10
        )
    }

    private func reserve() -> Duration {
        self.refill()
        self.tokens -= 1
        guard self.tokens < 0 else { return .zero }
        return .seconds(-self.tokens * 60 / self.currentRequestsPerMinute)
    }

    private func refill() {
        let now = self.clock.now
        if let last = self.lastRefill {
            let elapsed = last.duration(to: now).seconds
            self.tokens = min(self.burst, self.tokens + elapsed * self.currentRequestsPerMinute / 60)
        }
        self.lastRefill = now
    }
}

extension RateLimiter where C == ContinuousClock {
    public init(requestsPerMinute: Int, burst: Int = 1, waits: WaitInterrupter = WaitInterrupter()) {
        self.init(requestsPerMinute: requestsPerMinute, burst: burst, clock: ContinuousClock(), waits: waits)
    }
}
