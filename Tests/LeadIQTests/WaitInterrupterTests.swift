import Testing

@testable import LeadIQ

@Suite(.timeLimit(.minutes(1))) struct WaitInterrupterTests {
    @Test func anInterruptEndsEveryWaitUntilResumed() async throws {
        let waits = WaitInterrupter()
        let clock = ContinuousClock()
        let anHour = clock.now.advanced(by: .seconds(3_600))
        let underWay = Task { try await waits.sleep(until: anHour, on: clock) }
        waits.interrupt()
        await #expect(throws: CancellationError.self) { try await underWay.value }
        await #expect(throws: CancellationError.self) { try await waits.sleep(until: anHour, on: clock) }
        waits.resume()
        try await waits.sleep(until: clock.now.advanced(by: .milliseconds(1)), on: clock)
    }

    @Test func aRateLimiterWaitIsInterrupted() async throws {
        let waits = WaitInterrupter()
        let limiter = RateLimiter(requestsPerMinute: 1, waits: waits)
        try await limiter.acquire()
        waits.interrupt()
        await #expect(throws: CancellationError.self) { try await limiter.acquire() }
    }
}
