/// A saved prospect as Prospector returns it.
public struct Prospect: Codable, Sendable, Equatable {
    public var id: String
    public var personId: String?
    public var linkedinId: String?
    public var linkedinUrl: String?
    public var firstName: String?
    public var lastName: String?
    public var name: String?
    public var title: String?
    public var seniority: String?
    public var function: String?
    public var workEmail: String?
    public var emailStatus: String?
    public var personalEmails: [String]?
    public var mobilePhones: [MobilePhone]?
    public var location: ProspectLocation?
    public var company: ProspectCompany?
    public var listIds: [String]
    public var notes: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: String,
        personId: String? = nil,
        linkedinId: String? = nil,
        linkedinUrl: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        name: String? = nil,
        title: String? = nil,
        seniority: String? = nil,
        function: String? = nil,
        workEmail: String? = nil,
        emailStatus: String? = nil,
        personalEmails: [String]? = nil,
        mobilePhones: [MobilePhone]? = nil,
        location: ProspectLocation? = nil,
        company: ProspectCompany? = nil,
        listIds: [String],
        notes: String? = nil,
        createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.personId = personId
        self.linkedinId = linkedinId
        self.linkedinUrl = linkedinUrl
        self.firstName = firstName
        self.lastName = lastName
        self.name = name
        self.title = title
        self.seniority = seniority
        self.function = function
        self.workEmail = workEmail
        self.emailStatus = emailStatus
        self.personalEmails = personalEmails
        self.mobilePhones = mobilePhones
        self.location = location
        self.company = company
        self.listIds = listIds
        self.notes = notes
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public struct MobilePhone: Codable, Sendable, Equatable {
        public var value: String
        /// Only `Verified` is published.
        public var status: String?

        public init(value: String, status: String? = nil) {
            self.value = value
            self.status = status
        }
    }
}

/// A prospect's or a company's postal location (`Location` / `CompanyLocation`).
public struct ProspectLocation: Codable, Sendable, Equatable {
    public var streetLine1: String?
    public var streetLine2: String?
    public var city: String?
    public var state: String?
    public var zip: String?
    public var country: String?
    public var formatted: String?

    public init(
        streetLine1: String? = nil,
        streetLine2: String? = nil,
        city: String? = nil,
        state: String? = nil,
        zip: String? = nil,
        country: String? = nil,
        formatted: String? = nil
    ) {
        self.streetLine1 = streetLine1
        self.streetLine2 = streetLine2
        self.city = city
        self.state = state
        self.zip = zip
        self.country = country
        self.formatted = formatted
    }
}

/// A prospect's company (`Company` in the OpenAPI document).
public struct ProspectCompany: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var domain: String?
    public var industry: String?
    public var employees: Int?
    public var location: ProspectLocation?
    public var phone: String?

    public init(
        id: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        industry: String? = nil,
        employees: Int? = nil,
        location: ProspectLocation? = nil,
        phone: String? = nil
    ) {
        self.id = id
        self.name = name
        self.domain = domain
        self.industry = industry
        self.employees = employees
        self.location = location
        self.phone = phone
    }
}
