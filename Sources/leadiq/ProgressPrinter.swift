import Enrichment
import Foundation
import Synchronization

/// Shows an enrichment's progress on standard error: a line redrawn in place on a terminal, else a plain line every
/// few seconds so logs stay readable.
final class ProgressPrinter: EnrichmentProgressObserver {
    private let interactive: Bool
    private let interval: Double
    private let lastPrinted = Mutex<Double>(-Double.infinity)

    init(interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.interactive = interactive
        self.interval = interactive ? 0.1 : 5
    }

    func enrichmentProgressed(_ progress: EnrichmentProgress) {
        let due = self.lastPrinted.withLock { last in
            guard progress.elapsedSeconds - last >= self.interval else { return false }
            last = progress.elapsedSeconds
            return true
        }
        guard due else { return }
        let line = Self.describe(progress)
        IssueReport.printError(self.interactive ? "\r\u{1B}[2K" + line : line, newline: !self.interactive)
    }

    /// Ends the redrawn line so the summary starts on a line of its own.
    func finish() {
        if self.interactive {
            IssueReport.printError("\r\u{1B}[2K", newline: false)
        }
    }

    static func describe(_ progress: EnrichmentProgress) -> String {
        var parts = ["\(progress.rowsDone) rows"]
        if let total = progress.rowsTotal {
            parts[0] = "\(progress.rowsDone)/\(total) rows"
        }
        parts.append(String(format: "%.1f rows/s", progress.rowsPerSecond))
        if let remaining = progress.secondsRemaining {
            parts.append("ETA " + Self.duration(remaining))
        }
        parts.append("\(progress.creditsEstimated) credits")
        return parts.joined(separator: " · ")
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
