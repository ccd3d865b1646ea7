import LeadIQ

/// A snapshot of a running enrichment, for a progress display.
public struct EnrichmentProgress: Sendable, Equatable {
    /// Rows written so far, rejected rows included.
    public var rowsDone: Int
    /// The input's row count when known in advance.
    public var rowsTotal: Int?
    public var elapsedSeconds: Double
    public var creditsEstimated: Credits

    public init(rowsDone: Int, rowsTotal: Int?, elapsedSeconds: Double, creditsEstimated: Credits) {
        self.rowsDone = rowsDone
        self.rowsTotal = rowsTotal
        self.elapsedSeconds = elapsedSeconds
        self.creditsEstimated = creditsEstimated
    }

    public var rowsPerSecond: Double {
        self.elapsedSeconds > 0 ? Double(self.rowsDone) / self.elapsedSeconds : 0
    }

    /// Seconds left at the current rate, when the total is known and the rate is not zero.
    public var secondsRemaining: Double? {
        guard let total = self.rowsTotal, self.rowsPerSecond > 0 else { return nil }
        return Double(max(0, total - self.rowsDone)) / self.rowsPerSecond
    }
}

/// Receives progress as rows are written. Called often, from the pipeline's task: render at your own pace and return
/// quickly.
public protocol EnrichmentProgressObserver: Sendable {
    func enrichmentProgressed(_ progress: EnrichmentProgress)
}
