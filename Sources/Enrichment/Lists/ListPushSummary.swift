/// How many rows a push added, skipped and failed, and how many batch requests it took.
public struct ListPushSummary: Sendable, Equatable {
    public var added = 0
    public var skipped = 0
    public var failed = 0
    public var batchRequests = 0
    /// Set when the push stopped before the end of its input (a signal): the result file is unfinished and running
    /// the same command again resumes.
    public var stopReason: StopRequest.Reason?

    public init() {}

    public var rows: Int { self.added + self.skipped + self.failed }

    /// One line for standard error.
    public var description: String {
        "\(self.rows) rows: \(self.added) added, \(self.skipped) skipped, \(self.failed) failed "
            + "(\(self.batchRequests) batch request\(self.batchRequests == 1 ? "" : "s"))"
    }
}
