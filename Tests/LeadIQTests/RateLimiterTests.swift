import Testing

@testable import LeadIQ

@Suite struct RateLimiterTests {
    @Test func spacesRequestsEvenlyAtTheConfiguredRate() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 60, clock: clock)
        for _ in 0..<61 {
            try await limiter.acquire()
        }
        // The first goes at once, each of the other 60 one second after the previous.
        #expect(clock.now.offset == .seconds(60))
    }

    @Test func aBurstGoesAtOnceAfterAQuietSpell() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 60, burst: 5, clock: clock)
        for _ in 0..<5 {
            try await limiter.acquire()
        }
        #expect(clock.now.offset == .zero)
        try await limiter.acquire()
        #expect(clock.now.offset == .seconds(1))
        clock.advance(by: .seconds(60))
        let rested = clock.now
        for _ in 0..<5 {
            try await limiter.acquire()
        }
        #expect(clock.now == rested)
    }

    @Test func slowsDownAfterA429AndRecoversWithSuccesses() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 60, clock: clock)
        let sent = try await limiter.acquire()
        await limiter.slowDown(requestSentAt: sent)
        #expect(await limiter.currentRequestsPerMinute == 30)
        let before = clock.now
        try await limiter.acquire()
        #expect(before.duration(to: clock.now) == .seconds(2))
        for _ in 0..<10 {
            await limiter.recordSuccess()
        }
        #expect(await limiter.currentRequestsPerMinute == 60)
    }

    @Test func neverSlowsBelowOneRequestPerMinute() async throws {
        let limiter = RateLimiter(requestsPerMinute: 2, clock: ManualClock())
        for _ in 0..<5 {
            let sent = try await limiter.acquire()
            await limiter.slowDown(requestSentAt: sent)
        }
        #expect(await limiter.currentRequestsPerMinute == 1)
    }

    @Test func aRoundRefusedTogetherHalvesTheRateOnce() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 6_000, burst: 16, clock: clock)
        var round: [ManualClock.Instant] = []
        for _ in 0..<16 {
            round.append(try await limiter.acquire())
        }
        clock.advance(by: .milliseconds(50))
        for sent in round {
            await limiter.slowDown(requestSentAt: sent)
        }
        #expect(await limiter.currentRequestsPerMinute == 3_000)
        // A request sent at the halved rate and refused again halves it again.
        let retried = try await limiter.acquire()
        await limiter.slowDown(requestSentAt: retried)
        #expect(await limiter.currentRequestsPerMinute == 1_500)
    }
}

@Suite struct RateLimiterPauseTests {
    @Test func aPauseHoldsEveryRequestUntilItEnds() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 6_000, clock: clock)
        try await limiter.acquire()
        await limiter.pause(for: .seconds(30))
        let paused = clock.now
        try await limiter.acquire()
        #expect(paused.duration(to: clock.now) == .seconds(30))
        // A shorter pause announced later does not cut the longer one short.
        await limiter.pause(for: .seconds(10))
        await limiter.pause(for: .seconds(5))
        let again = clock.now
        try await limiter.acquire()
        #expect(again.duration(to: clock.now) == .seconds(10))
    }

    @Test func aLowerStatedLimitIsAdoptedAndAHigherOneIgnored() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerMinute: 120, clock: clock)
        await limiter.adopt(requestsPerMinute: 600)
        #expect(await limiter.requestsPerMinute == 120)
        await limiter.adopt(requestsPerMinute: 30)
        #expect(await limiter.requestsPerMinute == 30)
        try await limiter.acquire()
        let start = clock.now
        try await limiter.acquire()
        #expect(start.duration(to: clock.now) == .seconds(2))
        // Successes creep back towards the adopted ceiling, not the configured one.
        for _ in 0..<20 {
            await limiter.recordSuccess()
        }
        #expect(await limiter.currentRequestsPerMinute == 30)
    }
}
