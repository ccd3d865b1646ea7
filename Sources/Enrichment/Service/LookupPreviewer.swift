import LeadIQ

/// Asks LeadIQ's free `searchPeoplePreview` whether person lookups would find the contact data a selection asks for:
/// a work email when `email` is selected, a phone when `phone` is. With neither selected there is nothing to
/// preview.
public struct LookupPreviewer: Sendable {
    private let client: LeadIQClient

    public init(client: LeadIQClient) {
        self.client = client
    }

    /// One verdict per lookup, in order, from one aliased preview request for the lookups a preview can answer (none
    /// when there are none). Throws only what ends a run: a rejected key, exhausted credits.
    public func preview(_ lookups: [Lookup], selection: FieldSelection) async throws -> [PreviewVerdict] {
        var verdicts = Array(repeating: PreviewVerdict.notPreviewable, count: lookups.count)
        guard selection.contains(.email) || selection.contains(.phone) else { return verdicts }
        let previewable = lookups.enumerated().compactMap { index, lookup in
            Self.previewInput(lookup).map { (index: index, input: $0) }
        }
        guard !previewable.isEmpty else { return verdicts }
        let results: [Result<SearchPeoplePreviewResult, LeadIQError>]
        do {
            results = try await self.client.searchPeoplePreview(previewable.map(\.input), selection: selection)
        } catch {
            results = Array(repeating: .failure(try LookupFailure.clientError(error)), count: previewable.count)
        }
        for (item, result) in zip(previewable, results) {
            switch result {
            case .success(let preview):
                verdicts[item.index] = Self.verdict(preview, selection: selection)
            case .failure(let error):
                verdicts[item.index] = .failed(reason: try LookupFailure.reason(error))
            }
        }
        return verdicts
    }

    /// Empty only when every selected flag is explicitly false: a flag LeadIQ left out says nothing, and a lookup
    /// is not skipped on nothing.
    static func verdict(_ preview: SearchPeoplePreviewResult, selection: FieldSelection) -> PreviewVerdict {
        var flags: [Bool?] = []
        if selection.contains(.email) { flags.append(preview.hasEmail) }
        if selection.contains(.phone) { flags.append(preview.hasPhone) }
        guard !flags.isEmpty, flags.allSatisfy({ $0 == false }) else { return .worthLookingUp }
        return .empty(matched: preview.personId != nil)
    }

    /// The preview asking after the same person, or `nil` for lookups a preview cannot express.
    static func previewInput(_ lookup: Lookup) -> SearchPeoplePreviewInput? {
        guard case .person(let input) = lookup,
            input.linkedinUrl != nil || input.email != nil || input.firstName != nil || input.fullName != nil
        else { return nil }
        return SearchPeoplePreviewInput(
            linkedinUrl: input.linkedinUrl,
            email: input.email,
            fullName: input.fullName,
            firstName: input.firstName,
            lastName: input.lastName,
            companyName: input.company?.name,
            companyDomain: input.company?.domain
        )
    }
}
