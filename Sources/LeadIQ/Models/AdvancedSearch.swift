/// `flatAdvancedSearch`'s answer.
public struct PersonSearchResponse: Codable, Sendable, Equatable {
    /// `Long` in the schema.
    public var totalPeople: Int64?
    public var people: [Person]?

    public init(totalPeople: Int64? = nil, people: [Person]? = nil) {
        self.totalPeople = totalPeople
        self.people = people
    }
}

/// `groupedAdvancedSearch`'s answer.
public struct CompanySearchResponse: Codable, Sendable, Equatable {
    public var totalCompanies: Int64?
    public var companies: [CompanyWithPeople]?

    public init(totalCompanies: Int64? = nil, companies: [CompanyWithPeople]? = nil) {
        self.totalCompanies = totalCompanies
        self.companies = companies
    }
}

public struct CompanyWithPeople: Codable, Sendable, Equatable {
    public var company: Company?
    public var people: [Person]?
    public var totalContactsInCompany: Int64?

    public init(company: Company? = nil, people: [Person]? = nil, totalContactsInCompany: Int64? = nil) {
        self.company = company
        self.people = people
        self.totalContactsInCompany = totalContactsInCompany
    }
}

/// A person as advanced search returns it (`Person` in the schema): a profile, no contact data.
public struct Person: Codable, Sendable, Equatable {
    public var id: String?
    public var companyId: String?
    public var name: String?
    public var firstName: String?
    public var lastName: String?
    public var title: String?
    public var role: String?
    public var seniority: String?
    public var linkedinId: String?
    public var linkedinUrl: String?
    public var city: String?
    public var state: String?
    public var country: String?
    public var company: Company?

    public init(
        id: String? = nil,
        companyId: String? = nil,
        name: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        title: String? = nil,
        role: String? = nil,
        seniority: String? = nil,
        linkedinId: String? = nil,
        linkedinUrl: String? = nil,
        city: String? = nil,
        state: String? = nil,
        country: String? = nil,
        company: Company? = nil
    ) {
        self.id = id
        self.companyId = companyId
        self.name = name
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.role = role
        self.seniority = seniority
        self.linkedinId = linkedinId
        self.linkedinUrl = linkedinUrl
        self.city = city
        self.state = state
        self.country = country
        self.company = company
    }
}

/// A company as advanced search returns it (`Company` in the schema).
public struct Company: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var domain: String?
    public var industry: String?
    public var employeeCount: Int?
    public var linkedinId: String?
    public var city: String?
    public var state: String?
    public var country: String?

    public init(
        id: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        industry: String? = nil,
        employeeCount: Int? = nil,
        linkedinId: String? = nil,
        city: String? = nil,
        state: String? = nil,
        country: String? = nil
    ) {
        self.id = id
        self.name = name
        self.domain = domain
        self.industry = industry
        self.employeeCount = employeeCount
        self.linkedinId = linkedinId
        self.city = city
        self.state = state
        self.country = country
    }
}
