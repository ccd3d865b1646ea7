/// A company as `searchCompany` and a position's `companyInfo` return it (`CompanyInfo` in the schema).
public struct CompanyInfo: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var domain: String?
    public var industry: String?
    public var numberOfEmployees: Int?
    public var employeeRange: String?
    public var linkedinId: String?
    public var linkedinUrl: String?
    public var description: String?
    public var foundedYear: Int?
    public var locationInfo: LocationInfo?
    public var fundingInfo: FundingInfo?
    public var technologies: [TechnologyInfo]?

    public init(
        id: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        industry: String? = nil,
        numberOfEmployees: Int? = nil,
        employeeRange: String? = nil,
        linkedinId: String? = nil,
        linkedinUrl: String? = nil,
        description: String? = nil,
        foundedYear: Int? = nil,
        locationInfo: LocationInfo? = nil,
        fundingInfo: FundingInfo? = nil,
        technologies: [TechnologyInfo]? = nil
    ) {
        self.id = id
        self.name = name
        self.domain = domain
        self.industry = industry
        self.numberOfEmployees = numberOfEmployees
        self.employeeRange = employeeRange
        self.linkedinId = linkedinId
        self.linkedinUrl = linkedinUrl
        self.description = description
        self.foundedYear = foundedYear
        self.locationInfo = locationInfo
        self.fundingInfo = fundingInfo
        self.technologies = technologies
    }
}

public struct LocationInfo: Codable, Sendable, Equatable {
    public var city: String?
    public var areaLevel1: String?
    public var country: String?
    public var postalCode: String?
    public var formattedAddress: String?

    public init(
        city: String? = nil,
        areaLevel1: String? = nil,
        country: String? = nil,
        postalCode: String? = nil,
        formattedAddress: String? = nil
    ) {
        self.city = city
        self.areaLevel1 = areaLevel1
        self.country = country
        self.postalCode = postalCode
        self.formattedAddress = formattedAddress
    }
}

public struct FundingInfo: Codable, Sendable, Equatable {
    /// `Long` in the schema, which LeadIQ serialises as a JSON number.
    public var fundingTotalUsd: Int64?
    public var lastFundingType: String?

    public init(fundingTotalUsd: Int64? = nil, lastFundingType: String? = nil) {
        self.fundingTotalUsd = fundingTotalUsd
        self.lastFundingType = lastFundingType
    }
}

public struct TechnologyInfo: Codable, Sendable, Equatable {
    public var name: String?
    public var category: String?

    public init(name: String? = nil, category: String? = nil) {
        self.name = name
        self.category = category
    }
}
