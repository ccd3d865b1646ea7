import RecordIO

/// Collects the issues a reader reports so the pipeline can place rejected rows in the rejects output in input order.
///
/// Pass `handler` to the reader when creating it and the buffer to the pipeline. Every issue is also handed to
/// `forward` (for example to print warnings) as soon as the reader reports it.
public final class ReadIssueBuffer {
    private var pending: [ReadIssue] = []
    private let forward: ReadIssueHandler?

    public init(forward: ReadIssueHandler? = nil) {
        self.forward = forward
    }

    /// The closure to give the reader.
    public var handler: ReadIssueHandler {
        { issue in self.report(issue) }
    }

    public func report(_ issue: ReadIssue) {
        self.pending.append(issue)
        self.forward?(issue)
    }

    /// The issues reported since the last call, oldest first.
    func drain() -> [ReadIssue] {
        guard !self.pending.isEmpty else { return [] }
        defer { self.pending.removeAll(keepingCapacity: true) }
        return self.pending
    }
}
