/// `flatAdvancedSearch`'s input. LeadIQ rejects `skip + limit` above 10,000.
public struct FlatSearchInput: Codable, Sendable, Hashable {
    public var companyFilter: CompanyFilter?
    public var contactFilter: ContactFilter?
    public var skip: Int?
    public var limit: Int?

    public init(
        companyFilter: CompanyFilter? = nil,
        contactFilter: ContactFilter? = nil,
        skip: Int? = nil,
        limit: Int? = nil
    ) {
        self.companyFilter = companyFilter
        self.contactFilter = contactFilter
        self.skip = skip
        self.limit = limit
    }
}

/// `groupedAdvancedSearch`'s input.
public struct GroupedSearchInput: Codable, Sendable, Hashable {
    public var companyFilter: CompanyFilter?
    public var contactFilter: ContactFilter?
    public var skip: Int?
    public var limit: Int?
    public var limitPerCompany: Int?

    public init(
        companyFilter: CompanyFilter? = nil,
        contactFilter: ContactFilter? = nil,
        skip: Int? = nil,
        limit: Int? = nil,
        limitPerCompany: Int? = nil
    ) {
        self.companyFilter = companyFilter
        self.contactFilter = contactFilter
        self.skip = skip
        self.limit = limit
        self.limitPerCompany = limitPerCompany
    }
}

public struct ContactFilter: Codable, Sendable, Hashable {
    public var ids: [String]?
    public var names: [String]?
    public var titles: [String]?
    /// Values of the schema's `Seniority` enum: `VP`, `Manager`, `Director`, `Executive`,
    /// `SeniorIndividualContributor`, `Other`.
    public var seniorities: [String]?
    public var roles: [String]?
    public var locations: [LocationFilter]?

    public init(
        ids: [String]? = nil,
        names: [String]? = nil,
        titles: [String]? = nil,
        seniorities: [String]? = nil,
        roles: [String]? = nil,
        locations: [LocationFilter]? = nil
    ) {
        self.ids = ids
        self.names = names
        self.titles = titles
        self.seniorities = seniorities
        self.roles = roles
        self.locations = locations
    }
}

public struct CompanyFilter: Codable, Sendable, Hashable {
    public var ids: [String]?
    public var names: [String]?
    public var domains: [String]?
    public var industries: [String]?
    public var sizes: [CompanySizeFilter]?
    public var locations: [LocationFilter]?

    public init(
        ids: [String]? = nil,
        names: [String]? = nil,
        domains: [String]? = nil,
        industries: [String]? = nil,
        sizes: [CompanySizeFilter]? = nil,
        locations: [LocationFilter]? = nil
    ) {
        self.ids = ids
        self.names = names
        self.domains = domains
        self.industries = industries
        self.sizes = sizes
        self.locations = locations
    }
}

/// `LocationFilterInput` in the schema; `areaLevel1` is a state or region.
public struct LocationFilter: Codable, Sendable, Hashable {
    public var city: String?
    public var areaLevel1: String?
    public var country: String?
    public var postalCode: String?

    public init(city: String? = nil, areaLevel1: String? = nil, country: String? = nil, postalCode: String? = nil) {
        self.city = city
        self.areaLevel1 = areaLevel1
        self.country = country
        self.postalCode = postalCode
    }
}

public struct CompanySizeFilter: Codable, Sendable, Hashable {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }
}
