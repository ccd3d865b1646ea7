import ArgumentParser
import Enrichment
import Foundation

extension StopRequest.Reason {
    /// 128 plus the signal's number, as a shell reports a process the signal ended (130, 143, 129); 5 when the outage
    /// breaker stopped the run.
    var exitCode: ExitCode {
        switch self {
        case .signal(let number): ExitCode(128 + number)
        case .outage: ExitCode(5)
        }
    }

    /// What stopped the run and how to go on, for standard error.
    func explanation(output: String?) -> String {
        let why =
            switch self {
            case .signal(let number):
                "stopped by \(StopSignals.name(number))."
            case .outage(let failures, let reason):
                "stopped early: \(failures) lookups in a row failed even after retries, so LeadIQ looks unreachable "
                    + "or down (last: \(reason)). No more requests were sent."
            }
        let unfinished = output.map { output in
            // The rows so far go to `.partial`, which a run stopped before its first row never creates.
            FileManager.default.fileExists(atPath: output + ".partial")
                ? " \(output) is not written yet; its rows so far are in \(output).partial."
                : " \(output) is not written yet."
        }
        return why + " Everything answered so far is saved." + (unfinished ?? "")
            + " Run the same command again to resume where this run stopped."
    }
}
