/// `searchPeople`'s input. Absent properties are left out of the JSON variables, never sent as `null`.
public struct SearchPeopleInput: Codable, Sendable, Hashable {
    public var id: String?
    public var firstName: String?
    public var lastName: String?
    public var fullName: String?
    public var company: CompanyDetails?
    public var linkedinUrl: String?
    public var email: String?
    public var skip: Int?
    public var limit: Int?

    public init(
        id: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        fullName: String? = nil,
        company: CompanyDetails? = nil,
        linkedinUrl: String? = nil,
        email: String? = nil,
        skip: Int? = nil,
        limit: Int? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.fullName = fullName
        self.company = company
        self.linkedinUrl = linkedinUrl
        self.email = email
        self.skip = skip
        self.limit = limit
    }
}

/// The company part of a person lookup (`CompanyDetails` in the schema).
public struct CompanyDetails: Codable, Sendable, Hashable {
    public var companyId: String?
    public var name: String?
    public var domain: String?
    public var linkedinId: String?

    public init(companyId: String? = nil, name: String? = nil, domain: String? = nil, linkedinId: String? = nil) {
        self.companyId = companyId
        self.name = name
        self.domain = domain
        self.linkedinId = linkedinId
    }
}

/// `searchCompany`'s input.
public struct SearchCompanyInput: Codable, Sendable, Hashable {
    public var id: String?
    public var name: String?
    public var domain: String?
    public var linkedinId: String?
    public var linkedinUrl: String?

    public init(
        id: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        linkedinId: String? = nil,
        linkedinUrl: String? = nil
    ) {
        self.id = id
        self.name = name
        self.domain = domain
        self.linkedinId = linkedinId
        self.linkedinUrl = linkedinUrl
    }
}

/// `searchPeoplePreview`'s input.
public struct SearchPeoplePreviewInput: Codable, Sendable, Hashable {
    public var linkedinUrl: String?
    public var email: String?
    public var fullName: String?
    public var firstName: String?
    public var lastName: String?
    public var companyName: String?
    public var companyDomain: String?

    public init(
        linkedinUrl: String? = nil,
        email: String? = nil,
        fullName: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        companyName: String? = nil,
        companyDomain: String? = nil
    ) {
        self.linkedinUrl = linkedinUrl
        self.email = email
        self.fullName = fullName
        self.firstName = firstName
        self.lastName = lastName
        self.companyName = companyName
        self.companyDomain = companyDomain
    }
}
