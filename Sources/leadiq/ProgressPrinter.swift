import Enrichment
import Foundation
import Synchronization

/// Shows an enrichment's progress on standard error: on a terminal a line redrawn in place, with a bar when the row
/// count is known (green unless `NO_COLOR` is set or the terminal is dumb); else a plain line every few seconds so
/// logs stay readable.
final class ProgressPrinter: EnrichmentProgressObserver {
    /// Whether the line is redrawn on a terminal.
    let interactive: Bool
    private let colored: Bool
    private let interval: Double
    /// When the last line was printed, in the run's seconds. A log's first line waits one interval, like the rest: a
    /// rate taken over the first row's milliseconds says nothing, and a short run needs no line before its summary.
    private let lastPrinted: Mutex<Double>

    /// Cells of the bar.
    static let barWidth = 24

    init(
        interactive: Bool = isatty(STDERR_FILENO) == 1,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.interactive = interactive
        self.colored = interactive && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        self.interval = interactive ? 0.1 : 5
        self.lastPrinted = Mutex(interactive ? -Double.infinity : 0)
    }

    func enrichmentProgressed(_ progress: EnrichmentProgress) {
        let due = self.lastPrinted.withLock { last in
            guard progress.elapsedSeconds - last >= self.interval else { return false }
            last = progress.elapsedSeconds
            return true
        }
        guard due else { return }
        guard self.interactive else {
            IssueReport.printError(Self.describe(progress))
            return
        }
        let bar = Self.bar(progress).map { self.colored ? "\u{1B}[32m\($0)\u{1B}[0m " : "\($0) " } ?? ""
        IssueReport.printError("\r\u{1B}[2K" + bar + Self.describe(progress), newline: false)
    }

    /// `[######------]`, filled in proportion to the rows done, when the total is known.
    static func bar(_ progress: EnrichmentProgress) -> String? {
        guard let total = progress.rowsTotal, total > 0 else { return nil }
        let filled = min(Self.barWidth, Self.barWidth * progress.rowsDone / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled) + "]"
    }

    /// Ends the redrawn line so the summary starts on a line of its own.
    func finish() {
        if self.interactive {
            IssueReport.printError("\r\u{1B}[2K", newline: false)
        }
    }

    static func describe(_ progress: EnrichmentProgress) -> String {
        var parts = [progress.rowsDone == 1 ? "1 row" : "\(progress.rowsDone) rows"]
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
