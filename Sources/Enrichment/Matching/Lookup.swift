import LeadIQ

/// One question for LeadIQ, already normalised: two rows asking the same thing produce equal lookups, which is what
/// lets the pipeline send it once.
///
/// Names (a person's, a company's) are compared ignoring case, as a search for them matches: `Jane Roe at Globex` and
/// `jane ROE at globex` are one lookup, sent as the row that asked first spells it.
public enum Lookup: Sendable, Hashable {
    case person(SearchPeopleInput)
    case company(SearchCompanyInput)
    /// An address to verify, trimmed and lower-cased (`leadiq verify`).
    case emailVerification(String)

    public static func == (lhs: Lookup, rhs: Lookup) -> Bool {
        switch (lhs.caseFolded, rhs.caseFolded) {
        case (.person(let one), .person(let other)): one == other
        case (.company(let one), .company(let other)): one == other
        case (.emailVerification(let one), .emailVerification(let other)): one == other
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self.caseFolded {
        case .person(let input): hasher.combine(0); hasher.combine(input)
        case .company(let input): hasher.combine(1); hasher.combine(input)
        case .emailVerification(let email): hasher.combine(2); hasher.combine(email)
        }
    }

    /// The lookup with its names lower-cased: what makes two lookups the same question. Lookups by email or URL,
    /// normalised already, are returned as they are.
    var caseFolded: Lookup {
        switch self {
        case .person(var input) where input.firstName != nil || input.lastName != nil || input.company?.name != nil:
            input.firstName = input.firstName?.lowercased()
            input.lastName = input.lastName?.lowercased()
            let companyName = input.company?.name?.lowercased()
            input.company?.name = companyName
            return .person(input)
        case .company(var input) where input.name != nil:
            input.name = input.name?.lowercased()
            return .company(input)
        default:
            return self
        }
    }

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
