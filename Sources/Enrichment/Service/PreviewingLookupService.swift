import LeadIQ

/// A `LookupService` stage for `--preview`: previews a batch's person lookups first (`LookupPreviewer`, one free
/// request), and hands on only the lookups whose preview shows some of the selected contact data, and those no
/// preview can answer. The others are answered `.previewEmpty` without spending a credit.
///
/// A lookup whose preview fails is failed rather than enriched blind, since the run asked not to pay for empty
/// answers.
public struct PreviewingLookupService: LookupService {
    private let previewer: LookupPreviewer
    private let upstream: any LookupService

    public init(previewer: LookupPreviewer, upstream: any LookupService) {
        self.previewer = previewer
        self.upstream = upstream
    }

    public func lookUp(_ lookups: [Lookup], selection: FieldSelection) async throws -> LookupBatchResult {
        let verdicts = try await self.previewer.preview(lookups, selection: selection)
        var outcomes: [LookupOutcome?] = verdicts.map { verdict in
            switch verdict {
            case .worthLookingUp, .notPreviewable: nil
            case .empty: .previewEmpty
            case .failed(let reason): .failed(reason: reason)
            }
        }
        var requests = verdicts.contains { $0 != .notPreviewable } ? 1 : 0
        let forwarded = outcomes.indices.filter { outcomes[$0] == nil }
        if !forwarded.isEmpty {
            let answer = try await self.upstream.lookUp(forwarded.map { lookups[$0] }, selection: selection)
            requests += answer.requests
            let mismatch = "lookup service answered \(answer.outcomes.count) outcomes for \(forwarded.count) lookups"
            for (position, index) in forwarded.enumerated() {
                outcomes[index] =
                    answer.outcomes.count == forwarded.count ? answer.outcomes[position] : .failed(reason: mismatch)
            }
        }
        return LookupBatchResult(outcomes: outcomes.compactMap { $0 }, requests: requests)
    }
}
