import Foundation
import TestHelpers
import Testing

@testable import LeadIQ

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(5))

    @Test func fullJitterStaysUnderTheExponentialCeilingAndTheCap() {
        var generator = SeededGenerator(state: 7)
        for (retry, ceiling) in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (30, 5.0)] {
            let delays = (0..<200).map { _ in
                self.policy.delay(beforeRetry: retry, retryAfter: nil, using: &generator).seconds
            }
            #expect(delays.allSatisfy { $0 >= 0 && $0 <= ceiling })
            // Full jitter spreads over the whole range rather than clustering at the ceiling.
            #expect(delays.min()! < ceiling * 0.1 && delays.max()! > ceiling * 0.9)
        }
    }

    @Test func retryAfterWinsOverBackoff() {
        var generator = SeededGenerator(state: 1)
        #expect(self.policy.delay(beforeRetry: 1, retryAfter: .seconds(12), using: &generator) == .seconds(12))
    }

    @Test func readsRetryTransientErrorsUntilTheAttemptsRunOut() {
        for error in [LeadIQError.rateLimited, .server, .transport] {
            #expect(self.policy.shouldRetry(error, afterAttempt: 3, idempotent: true))
            #expect(!self.policy.shouldRetry(error, afterAttempt: 4, idempotent: true))
        }
        for error in [LeadIQError.unauthorized, .insufficientCredits, .badRequest, .graphQL, .notFound] {
            #expect(!self.policy.shouldRetry(error, afterAttempt: 1, idempotent: true))
        }
    }

    @Test func writesAreRetriedOnlyWhenRefusedWith429() {
        #expect(self.policy.shouldRetry(.rateLimited, afterAttempt: 1, idempotent: false))
        #expect(!self.policy.shouldRetry(.server, afterAttempt: 1, idempotent: false))
        #expect(!self.policy.shouldRetry(.transport, afterAttempt: 1, idempotent: false))
    }

    @Test func retryAfterParsesSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryPolicy.retryAfter("30", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:50:07 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.retryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
        #expect(RetryPolicy.retryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.retryAfter("-5", now: now) == nil)
    }
}
