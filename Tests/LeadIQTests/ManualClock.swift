import Foundation

/// A clock whose `sleep` returns at once after moving the time to the deadline, so code that waits can be tested
/// for how long it waited without waiting.
final class ManualClock: Clock, @unchecked Sendable {
    struct Instant: InstantProtocol {
        var offset: Swift.Duration

        func advanced(by duration: Swift.Duration) -> Instant { Instant(offset: self.offset + duration) }
        func duration(to other: Instant) -> Swift.Duration { other.offset - self.offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)

    var now: Instant { self.lock.withLock { self.current } }
    var minimumResolution: Swift.Duration { .nanoseconds(1) }

    func sleep(until deadline: Instant, tolerance: Swift.Duration?) async throws {
        self.lock.withLock { self.current = max(self.current, deadline) }
    }

    func advance(by duration: Swift.Duration) {
        self.lock.withLock { self.current = self.current.advanced(by: duration) }
    }
}
