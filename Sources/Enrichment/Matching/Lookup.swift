import LeadIQ

/// One question for LeadIQ, already normalised: two rows asking the same thing produce equal lookups, which is what
/// lets the pipeline send it once.
public enum Lookup: Sendable, Hashable {
    case person(SearchPeopleInput)
    case company(SearchCompanyInput)
    /// An address to verify, trimmed and lower-cased (`leadiq verify`).
    case emailVerification(String)

    /// The most this lookup can cost with `selection` when it matches: a person with one current position, or one
    /// company. Not-found lookups cost nothing; a verification costs the same whatever the selection.
    public func maximumCost(selection: FieldSelection) -> Credits {
        switch self {
        case .person: selection.personCost()
        case .company: FieldSelection.companyLookupCost
        case .emailVerification: LeadIQContract.Prospector.verificationCost
        }
    }
}
