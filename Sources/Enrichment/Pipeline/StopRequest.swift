import Synchronization

/// A request to end a run early, shared by whoever asks for it (a signal, the outage breaker) and the run, which polls
/// it between lookups and batches.
///
/// Stopping early is not cancellation: the lookups already in flight were paid for, so they are let finish and their
/// answers kept; only new ones are no longer sent. The first reason given wins.
public final class StopRequest: Sendable {
    /// Why a run stopped before the end of its input.
    public enum Reason: Sendable, Equatable, Codable {
        /// The process was asked to stop by this signal (SIGINT, SIGTERM, SIGHUP).
        case signal(number: Int32)
        /// This many lookups in a row failed even after the client's retries: LeadIQ looks unreachable or down.
        case outage(failuresInARow: Int, lastReason: String)
    }

    private let requested = Mutex<Reason?>(nil)

    public init() {}

    /// The reason stopping was first asked for, or `nil` while the run may go on.
    public var reason: Reason? {
        self.requested.withLock { $0 }
    }

    /// Asks the run to stop; returns `false` when a stop had already been asked for (whose reason stands).
    @discardableResult
    public func request(_ reason: Reason) -> Bool {
        self.requested.withLock { requested in
            guard requested == nil else { return false }
            requested = reason
            return true
        }
    }
}
