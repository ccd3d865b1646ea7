import Enrichment
import Foundation
import LeadIQ

extension EnrichmentSummary {
    /// The end-of-run lines on standard error.
    var report: String {
        var rows = "\(self.rows) rows in \(String(format: "%.1f", self.elapsedSeconds)) s: \(self.matched) matched, "
            + "\(self.notFound) not found, \(self.skipped) skipped, \(self.failed) failed"
        if self.rejected > 0 { rows += " (+\(self.rejected) rejected input rows)" }
        var lookups = "\(self.lookups) lookups in \(self.requests) requests, \(self.retries) retries"
        if self.duplicates > 0 { lookups += "; \(self.duplicates) duplicate rows shared an answer" }
        if self.answeredFromStore > 0 { lookups += "; \(self.answeredFromStore) answered from cache or journal" }
        if self.previewedEmpty > 0 { lookups += "; \(self.previewedEmpty) previewed empty, not enriched" }
        var credits = "credits: at most \(self.creditsEstimated) estimated"
        // LeadIQ's account counts whole credits, so tenths (email verifications) show rounded there.
        if let used = self.creditsUsed { credits += ", \(used) used (account before vs after, in whole credits)" }
        var lines = [rows, lookups, credits]
        if let error = self.firstCacheError {
            lines.append(
                "warning: \(self.cacheErrors) cache reads or writes failed and were skipped; the rows kept their "
                    + "answers, and after a failed write nothing more was written to the cache (first: \(error))"
            )
        }
        if !self.emailStatuses.isEmpty { lines.append("email statuses: " + self.emailStatusCounts) }
        if self.budgetExhausted { lines.append("--max-credits reached: the remaining rows were skipped (reason budget)") }
        if self.insufficientCredits {
            lines.append("LeadIQ ran out of credits: the remaining rows were marked failed (insufficient_credits)")
        }
        return lines.joined(separator: "\n")
    }

    /// `3 Verified, 1 Invalid`: LeadIQ's statuses from most to least deliverable, then any others by name.
    private var emailStatusCounts: String {
        let known = ["Verified", "VerifiedLikely", "Unverified", "Invalid"]
        let others = self.emailStatuses.keys.filter { !known.contains($0) }.sorted()
        return (known + others).compactMap { status in
            self.emailStatuses[status].map { "\($0) \(status)" }
        }.joined(separator: ", ")
    }
}

extension DryRunEstimate {
    /// What `--dry-run` prints.
    func report(task: JobTask) -> String {
        var lines = ["rows: \(self.rows) (\(self.rejected) rejected input rows)"]
        let pricing: String
        switch task {
        case .enrich:
            lines.append(
                "unique lookups: \(self.uniqueLookups) (\(self.personLookups) people, \(self.companyLookups) "
                    + "companies; \(self.duplicates) duplicate rows)"
            )
            pricing = FieldSelection.names.filter { task.selection.contains($0.1) }.map(\.0).joined(separator: ",")
        case .verifyEmail:
            lines.append("unique addresses: \(self.emailVerifications) (\(self.duplicates) duplicate rows)")
            pricing = "\(LeadIQContract.Prospector.verificationCost) per address"
        }
        lines += [
            "skipped rows: \(self.skipped)",
            "requests: \(self.requests)",
            "maximum credits (\(pricing)): \(self.maximumCredits)",
        ]
        if let preview = self.preview {
            lines += [
                "previewed: \(preview.previewed) people, \(preview.empty) without the selected contact data "
                    + "(\(preview.unmatched) match nobody), \(preview.failed) previews failed",
                "credits --preview saves: \(preview.creditsSaved)",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// What a run prints before asking to spend: the dry run's figures, what is answered already, how long the
    /// requests take at the rate limit, and the balance.
    func confirmation(task: JobTask, requestsPerMinute: Int, balance: Int?) -> String {
        // Previews are requests too, batched as the lookups are.
        let previewRequests = self.preview.map { ($0.previewed + task.batch - 1) / task.batch } ?? 0
        let minutes = Double(self.requests + previewRequests) / Double(max(1, requestsPerMinute))
        let duration =
            minutes < 1 ? "under a minute" : minutes < 90 ? "about \(Int(minutes.rounded(.up))) min"
            : "about \(String(format: "%.1f", minutes / 60)) h"
        var lines = [
            self.report(task: task),
            "already answered (cache or an interrupted run): \(self.alreadyAnswered) lookups, free",
            "estimated duration: \(duration) at \(requestsPerMinute) requests/min",
        ]
        if let balance {
            lines.append("balance: \(balance) credits available")
        }
        return lines.joined(separator: "\n")
    }
}
