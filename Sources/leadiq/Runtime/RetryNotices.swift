import Foundation
import LeadIQ
import Synchronization

/// Says on standard error why a run is waiting when the client retries: the first retry at once, then at most one
/// line every 10 s, so concurrent lookups meeting one outage do not flood the terminal.
final class RetryNotices: Sendable {
    private struct State {
        var lastPrinted: ContinuousClock.Instant?
        var unprinted = 0
    }

    private static let interval: Duration = .seconds(10)
    private let state = Mutex(State())

    func tell(_ notice: RetryNotice) {
        let now = ContinuousClock.now
        let unprinted: Int? = self.state.withLock { state in
            if let last = state.lastPrinted, last.duration(to: now) < Self.interval {
                state.unprinted += 1
                return nil
            }
            defer { state.unprinted = 0 }
            state.lastPrinted = now
            return state.unprinted
        }
        guard let unprinted else { return }
        let wait = String(format: "%.1f s", notice.wait / .seconds(1))
        let others =
            switch unprinted {
            case 0: ""
            case 1: " (and 1 other retry since the last notice)"
            default: " (and \(unprinted) other retries since the last notice)"
            }
        IssueReport.printError(
            "retrying in \(wait) (attempt \(notice.attempt + 1) of \(notice.maxAttempts))\(others): \(notice.error)")
    }
}
