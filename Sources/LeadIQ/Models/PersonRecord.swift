/// A person as `searchPeople` returns it. Every property is optional because a document selects only what it pays for.
public struct PersonRecord: Codable, Sendable, Equatable {
    public var id: String?
    public var name: NameInfo?
    public var currentPositions: [PositionRecord]?
    public var linkedin: LinkedinRecord?
    public var personalEmails: [EmailRecord]?
    public var personalPhones: [PhoneRecord]?
    public var location: LocationRecord?

    public init(
        id: String? = nil,
        name: NameInfo? = nil,
        currentPositions: [PositionRecord]? = nil,
        linkedin: LinkedinRecord? = nil,
        personalEmails: [EmailRecord]? = nil,
        personalPhones: [PhoneRecord]? = nil,
        location: LocationRecord? = nil
    ) {
        self.id = id
        self.name = name
        self.currentPositions = currentPositions
        self.linkedin = linkedin
        self.personalEmails = personalEmails
        self.personalPhones = personalPhones
        self.location = location
    }
}

public struct NameInfo: Codable, Sendable, Equatable {
    public var first: String?
    public var last: String?
    public var middle: String?
    public var fullName: String?

    public init(first: String? = nil, last: String? = nil, middle: String? = nil, fullName: String? = nil) {
        self.first = first
        self.last = last
        self.middle = middle
        self.fullName = fullName
    }
}

/// One of a person's positions (`PositionRecord` in the schema).
public struct PositionRecord: Codable, Sendable, Equatable {
    public var companyId: String?
    public var title: String?
    public var seniority: String?
    public var function: String?
    public var companyInfo: CompanyInfo?
    public var emails: [EmailRecord]?
    public var phones: [PhoneRecord]?

    public init(
        companyId: String? = nil,
        title: String? = nil,
        seniority: String? = nil,
        function: String? = nil,
        companyInfo: CompanyInfo? = nil,
        emails: [EmailRecord]? = nil,
        phones: [PhoneRecord]? = nil
    ) {
        self.companyId = companyId
        self.title = title
        self.seniority = seniority
        self.function = function
        self.companyInfo = companyInfo
        self.emails = emails
        self.phones = phones
    }
}

/// A work or personal email (`WorkEmailRecordType` / `PersonalEmailRecordType`).
public struct EmailRecord: Codable, Sendable, Equatable {
    public var value: String?
    public var type: String?
    /// `Verified`, `VerifiedLikely`, `Unverified`, `Invalid` or `Suppressed`.
    public var status: String?

    public init(value: String? = nil, type: String? = nil, status: String? = nil) {
        self.value = value
        self.type = type
        self.status = status
    }
}

/// A work or personal phone (`WorkPhoneRecordType` / `PersonalPhoneRecordType`).
public struct PhoneRecord: Codable, Sendable, Equatable {
    public var value: String?
    public var type: String?
    public var status: String?
    /// `LikelyAccurate` or `None`.
    public var verificationStatus: String?

    public init(value: String? = nil, type: String? = nil, status: String? = nil, verificationStatus: String? = nil) {
        self.value = value
        self.type = type
        self.status = status
        self.verificationStatus = verificationStatus
    }
}

public struct LinkedinRecord: Codable, Sendable, Equatable {
    public var linkedinId: String?
    public var linkedinUrl: String?

    public init(linkedinId: String? = nil, linkedinUrl: String? = nil) {
        self.linkedinId = linkedinId
        self.linkedinUrl = linkedinUrl
    }
}

public struct LocationRecord: Codable, Sendable, Equatable {
    public var city: String?
    public var areaLevel1: String?
    public var country: String?
    public var fullAddress: String?

    public init(city: String? = nil, areaLevel1: String? = nil, country: String? = nil, fullAddress: String? = nil) {
        self.city = city
        self.areaLevel1 = areaLevel1
        self.country = country
        self.fullAddress = fullAddress
    }
}
