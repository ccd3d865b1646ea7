/// A prospect to save. The published schema forbids any other property, requires `firstName` and `lastName`, and
/// constrains `seniority`, `emailStatus`, `workEmail`, `linkedinUrl` and `notes`; `ProspectInput.validate` checks them
/// all before anything is sent.
public struct ProspectInput: Codable, Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    public var workEmail: String?
    public var phone: String?
    public var title: String?
    public var seniority: ProspectSeniority?
    public var function: String?
    public var company: String?
    public var companyDomain: String?
    public var companyIndustry: String?
    public var companyId: String?
    public var linkedinUrl: String?
    public var emailStatus: ProspectEmailStatus?
    public var location: ProspectLocation?
    public var notes: String?
    public var personId: String?

    public init(
        firstName: String,
        lastName: String,
        workEmail: String? = nil,
        phone: String? = nil,
        title: String? = nil,
        seniority: ProspectSeniority? = nil,
        function: String? = nil,
        company: String? = nil,
        companyDomain: String? = nil,
        companyIndustry: String? = nil,
        companyId: String? = nil,
        linkedinUrl: String? = nil,
        emailStatus: ProspectEmailStatus? = nil,
        location: ProspectLocation? = nil,
        notes: String? = nil,
        personId: String? = nil
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.workEmail = workEmail
        self.phone = phone
        self.title = title
        self.seniority = seniority
        self.function = function
        self.company = company
        self.companyDomain = companyDomain
        self.companyIndustry = companyIndustry
        self.companyId = companyId
        self.linkedinUrl = linkedinUrl
        self.emailStatus = emailStatus
        self.location = location
        self.notes = notes
        self.personId = personId
    }
}

/// The published `seniority` enum of `ProspectInput` (the same values as GraphQL's `Seniority`).
public enum ProspectSeniority: String, Codable, Sendable, CaseIterable {
    case vp = "VP"
    case manager = "Manager"
    case director = "Director"
    case executive = "Executive"
    case seniorIndividualContributor = "SeniorIndividualContributor"
    case other = "Other"
}

/// The published `emailStatus` enum of `ProspectInput`.
public enum ProspectEmailStatus: String, Codable, Sendable, CaseIterable {
    case verified = "Verified"
    case verifiedLikely = "VerifiedLikely"
    case unverified = "Unverified"
}
