import Synchronization

/// Cuts a client's waits short: a request's wait for its turn under the rate limit, and the pause before a retry.
///
/// A run that is asked to stop sends nothing new, so a request still waiting has nothing left to do: it was not sent
/// yet, or it failed and is not sent again. Interrupted, it throws `CancellationError` at once instead of holding the
/// stop up for a minute or more. A request on the wire is left to finish, since its answer may be paid for.
public final class WaitInterrupter: Sendable {
    private struct State {
        var interrupted = false
        var sleepers: [Int: Task<Void, any Error>] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Ends every wait under way at once, and every later one as it starts, until `resume()`.
    public func interrupt() {
        let sleepers = self.state.withLock { state in
            state.interrupted = true
            defer { state.sleepers = [:] }
            return Array(state.sleepers.values)
        }
        for sleeper in sleepers {
            sleeper.cancel()
        }
    }

    /// Lets waits run their course again.
    public func resume() {
        self.state.withLock { $0.interrupted = false }
    }

    /// Sleeps until `deadline` on `clock`; throws `CancellationError` when interrupted first, as when the calling task
    /// is cancelled.
    func sleep<C: Clock>(until deadline: C.Instant, on clock: C) async throws {
        // The sleep runs as a task of its own, the one thing `interrupt()` can cancel without cancelling the caller.
        let sleeper = Task { try await clock.sleep(until: deadline, tolerance: nil) }
        let id: Int? = self.state.withLock { state in
            guard !state.interrupted else { return nil }
            defer { state.nextID += 1 }
            state.sleepers[state.nextID] = sleeper
            return state.nextID
        }
        guard let id else {
            sleeper.cancel()
            throw CancellationError()
        }
        defer { self.state.withLock { _ = $0.sleepers.removeValue(forKey: id) } }
        try await withTaskCancellationHandler {
            try await sleeper.value
        } onCancel: {
            sleeper.cancel()
        }
    }
}
