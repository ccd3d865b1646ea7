import Foundation
import RecordIO

/// Prints the row problems a reader reports to standard error as they happen, and counts them for the summary.
final class IssueReport {
    private(set) var warnings = 0
    private(set) var rejected = 0

    func handle(_ issue: ReadIssue) {
        switch issue.kind {
        case .warning:
            self.warnings += 1
            Self.printError("warning: \(issue.position): \(issue.message)")
        case .rejected:
            self.rejected += 1
            Self.printError("rejected: \(issue.position): \(issue.message)")
        }
    }

    /// One closing line on standard error: how many records, and how many rows had problems.
    func summarize(records: Int, verb: String) {
        var line = "\(verb) \(records) record\(records == 1 ? "" : "s")"
        if self.warnings > 0 { line += ", \(self.warnings) warning\(self.warnings == 1 ? "" : "s")" }
        if self.rejected > 0 { line += ", \(self.rejected) rejected row\(self.rejected == 1 ? "" : "s")" }
        Self.printError(line)
    }

    /// Writes `line` to standard error. One that nobody reads any more (a pipe whose reader has gone) is no reason to
    /// end a run, let alone crash it, which the non-throwing `FileHandle.write` does: a failed write is dropped.
    static func printError(_ line: String, newline: Bool = true) {
        try? FileHandle.standardError.write(contentsOf: Data((newline ? line + "\n" : line).utf8))
    }
}
