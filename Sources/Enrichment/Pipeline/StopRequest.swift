import Synchronization

/// A request to end a run early, shared by whoever asks for it (a signal, the outage breaker) and the run, which polls
/// it between lookups and batches.
///
/// Stopping early is not cancellation: the lookups already on the wire may be paid for, so they are let finish and
/// their answers kept; only new ones are no longer sent, and those still waiting to be sent are given up (see
/// `EnrichmentPipeline`'s `waits`). The first reason given wins.
public final class StopRequest: Sendable {
    /// Why a run stopped before the end of its input.
    public enum Reason: Sendable, Equatable, Codable {
        /// The process was asked to stop by this signal (SIGINT, SIGTERM, SIGHUP).
        case signal(number: Int32)
        /// This many lookups in a row failed even after the client's retries: LeadIQ looks unreachable or down.
        case outage(failuresInARow: Int, lastReason: String)
    }

    private struct State {
        var reason: Reason?
        var action: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    public init() {}

    /// The reason stopping was first asked for, or `nil` while the run may go on.
    public var reason: Reason? {
        self.state.withLock { $0.reason }
    }

    /// Asks the run to stop; returns `false` when a stop had already been asked for (whose reason stands).
    @discardableResult
    public func request(_ reason: Reason) -> Bool {
        self.state.withLock { state in
            guard state.reason == nil else { return false }
            state.reason = reason
            state.action?()
            return true
        }
    }

    /// Runs `body` with `action` called once a stop is asked for: at once when one was asked for already, else when it
    /// is, if that is before `body` returns. `action` runs under this request's lock, so it is never called once
    /// `body` has returned; it must not use this request.
    func whileRunning<T>(
        onStop action: @escaping @Sendable () -> Void, _ body: () async throws -> T
    ) async rethrows -> T {
        self.state.withLock { state in
            state.action = action
            if state.reason != nil {
                action()
            }
        }
        defer { self.state.withLock { $0.action = nil } }
        return try await body()
    }
}
