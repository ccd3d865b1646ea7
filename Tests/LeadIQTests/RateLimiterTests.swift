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
        try await limiter.acquire()
        await limiter.slowDown()
        #expect(await limiter.currentRequestsPerMinute == 30)
        let before = clock.now
        try await limiter.acquire()
        #expect(before.duration(to: clock.now) == .seconds(2))
        for _ in 0..<10 {
            await limiter.recordSuccess()
        }
        #expect(await limiter.currentRequestsPerMinute == 60)
    }

    @Test func neverSlowsBelowOneRequestPerMinute() async {
        let limiter = RateLimiter(requestsPerMinute: 2, clock: ManualClock())
        for _ in 0..<5 {
            await limiter.slowDown()
        }
        #expect(await limiter.currentRequestsPerMinute == 1)
    }
}
