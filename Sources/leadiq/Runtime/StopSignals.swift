import Dispatch
import Enrichment
import Foundation
import Synchronization

/// Runs `body` with SIGINT, SIGTERM and SIGHUP turned into a stop request for it; their default action (ending the
/// process) is back once `body` returns or throws.
func withStopSignals<T>(_ body: (StopRequest) async throws -> T) async throws -> T {
    let signals = StopSignals()
    signals.start()
    defer { signals.stop() }
    return try await body(signals.request)
}

/// Turns SIGINT, SIGTERM and SIGHUP into a graceful stop while a run is under way: the first one asks the run to stop
/// (no new lookups or batches; those in flight finish and are journaled), a second one exits at once. Exiting at once
/// is safe for the journal, since each answer is its own SQLite commit.
///
/// The signals are caught by dispatch sources, not handlers, so the reaction runs as ordinary code: it can print and
/// reach the run's `StopRequest`. Use it through `withStopSignals`, once per process: libdispatch installs its handler
/// for a signal only the first time a source asks, so after `stop()` restores the default action a second
/// `StopSignals` never sees the signal (seen: a SIGTERM then was ignored outright).
final class StopSignals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    let request = StopRequest()
    private let sources: [any DispatchSourceSignal]
    private let received = Atomic<Int>(0)

    init() {
        let queue = DispatchQueue(label: "leadiq.signals")
        self.sources = Self.handled.map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
    }

    func start() {
        for (number, source) in zip(Self.handled, self.sources) {
            // A dispatch source only sees a signal whose default action no longer ends the process first.
            signal(number, SIG_IGN)
            source.setEventHandler { [self] in
                self.receive(number, times: Int(source.data))
            }
            source.resume()
        }
    }

    func stop() {
        for (number, source) in zip(Self.handled, self.sources) {
            source.cancel()
            signal(number, SIG_DFL)
        }
    }

    private func receive(_ number: Int32, times: Int) {
        let before = self.received.add(max(1, times), ordering: .relaxed).oldValue
        let name = Self.name(number)
        if before == 0 && times <= 1 {
            self.request.request(.signal(number: number))
            IssueReport.printError(
                "\n\(name) received: letting the lookups in flight finish and saving them, then stopping "
                    + "(send \(name) again to quit at once)"
            )
        } else {
            IssueReport.printError(
                "\n\(name) received again: quitting now; what was saved is kept, run the same command again to resume"
            )
            _exit(128 + number)
        }
    }

    static func name(_ number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(number)"
        }
    }
}
