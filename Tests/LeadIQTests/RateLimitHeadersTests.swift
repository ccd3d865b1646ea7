import Testing

@testable import LeadIQ

@Suite struct RateLimitHeadersTests {
    @Test func prospectorsSpellingGivesTheLimitAndTheResetOnceNothingRemains() {
        let spent = RateLimitHeaders(policy: "60;w=60", state: "limit=60, remaining=0, reset=30")
        #expect(spent.requestsPerMinute == 60)
        #expect(spent.resetAfter == .seconds(30))
        let left = RateLimitHeaders(policy: "60;w=60", state: "limit=60, remaining=12, reset=30")
        #expect(left.resetAfter == nil)
    }

    @Test func laterDraftsSpellingIsReadToo() {
        let headers = RateLimitHeaders(policy: "\"default\";q=100;w=60, \"burst\";q=10;w=1", state: "\"default\";r=0;t=7")
        // Ten a second is 600 a minute; the stricter policy is 100 a minute.
        #expect(headers.requestsPerMinute == 100)
        #expect(headers.resetAfter == .seconds(7))
    }

    @Test func aWindowOtherThanAMinuteIsScaledToOne() {
        #expect(RateLimitHeaders(policy: "5;w=2", state: nil).requestsPerMinute == 150)
        #expect(RateLimitHeaders(policy: "1;w=3600", state: nil).requestsPerMinute == 1)
    }

    @Test func missingOrUnusableFieldsSayNothing() {
        #expect(RateLimitHeaders(policy: nil, state: nil) == RateLimitHeaders(policy: "w=60", state: "limit=60"))
        #expect(RateLimitHeaders(policy: "0;w=60", state: "remaining=0, reset=0").requestsPerMinute == nil)
        #expect(RateLimitHeaders(policy: "soon", state: "remaining=0, reset=soon").resetAfter == nil)
    }
}
