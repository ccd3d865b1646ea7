import Synchronization

/// How many requests the sandbox is answering at once, and the most it has answered at once: what shows that a
/// client keeps to its concurrency on the wire.
final class RequestGauge: Sendable {
    private let counts = Mutex<(now: Int, most: Int)>((0, 0))

    func begin() {
        self.counts.withLock { counts in
            counts.now += 1
            counts.most = max(counts.most, counts.now)
        }
    }

    func end() {
        self.counts.withLock { $0.now -= 1 }
    }

    var most: Int { self.counts.withLock { $0.most } }
}
