import LeadIQ

/// People (and their employers) the sandbox always answers with exactly these values, so tests can assert on them.
///
/// Each person is found by their LinkedIn URL (any spelling LeadIQ treats as the same URL), their work email (any case)
/// or first + last name with their company's name or domain. Everyone else is generated from the identifier.
/// Identifiers that are never found: any email or company domain ending in `.invalid` and any LinkedIn slug starting
/// with `unknown-`; `notFoundEmail` and `notFoundLinkedinUrl` are ready-made examples.
public enum KnownPeople {
    /// A fixture: how to ask for the person and what comes back.
    public struct Entry: Sendable {
        public let linkedinUrl: String
        public let email: String
        public let firstName: String
        public let lastName: String
        public let companyName: String
        public let companyDomain: String
        /// The full record `searchPeople` returns (selection decides which parts appear on the wire).
        public let record: PersonRecord
    }

    public static let notFoundEmail = "nobody@nowhere.invalid"
    public static let notFoundLinkedinUrl = "https://www.linkedin.com/in/unknown-person"

    /// Ada: one Verified and one Invalid work email, a work phone and a personal mobile.
    public static let ada = Entry(
        linkedinUrl: "https://www.linkedin.com/in/ada-lovelace-1815",
        email: "ada.lovelace@analyticalengines.com",
        firstName: "Ada",
        lastName: "Lovelace",
        companyName: "Analytical Engines",
        companyDomain: "analyticalengines.com",
        record: PersonRecord(
            id: "5f1e0a0b0c0d0e0f10111213",
            name: NameInfo(first: "Ada", last: "Lovelace", fullName: "Ada Lovelace"),
            currentPositions: [
                PositionRecord(
                    companyId: analyticalEngines.id,
                    title: "Chief Executive Officer",
                    seniority: "Executive",
                    function: "Executive",
                    companyInfo: analyticalEngines,
                    emails: [
                        EmailRecord(value: "ada.lovelace@analyticalengines.com", type: "WorkEmail", status: "Verified"),
                        EmailRecord(value: "ada@analyticalengines.com", type: "WorkEmail", status: "Invalid"),
                    ],
                    phones: [
                        PhoneRecord(
                            value: "+1 415 555 0100",
                            type: "WorkPhone",
                            status: "LikelyAccurate",
                            verificationStatus: "LikelyAccurate"
                        )
                    ]
                )
            ],
            linkedin: LinkedinRecord(
                linkedinId: "ada-lovelace-1815",
                linkedinUrl: "https://www.linkedin.com/in/ada-lovelace-1815"
            ),
            personalEmails: [],
            personalPhones: [
                PhoneRecord(
                    value: "+1 415 555 0199",
                    type: "PersonalMobile",
                    status: "LikelyAccurate",
                    verificationStatus: "LikelyAccurate"
                )
            ],
            location: LocationRecord(city: "London", areaLevel1: "England", country: "United Kingdom")
        )
    )

    /// Grace: one VerifiedLikely work email, no phone.
    public static let grace = Entry(
        linkedinUrl: "https://www.linkedin.com/in/grace-hopper-1906",
        email: "grace.hopper@compilerworks.io",
        firstName: "Grace",
        lastName: "Hopper",
        companyName: "Compiler Works",
        companyDomain: "compilerworks.io",
        record: PersonRecord(
            id: "5f1e0a0b0c0d0e0f10111214",
            name: NameInfo(first: "Grace", last: "Hopper", fullName: "Grace Hopper"),
            currentPositions: [
                PositionRecord(
                    companyId: compilerWorks.id,
                    title: "Director of Engineering",
                    seniority: "Director",
                    function: "Engineering",
                    companyInfo: compilerWorks,
                    emails: [
                        EmailRecord(value: "grace.hopper@compilerworks.io", type: "WorkEmail", status: "VerifiedLikely")
                    ],
                    phones: []
                )
            ],
            linkedin: LinkedinRecord(
                linkedinId: "grace-hopper-1906",
                linkedinUrl: "https://www.linkedin.com/in/grace-hopper-1906"
            ),
            personalEmails: [],
            personalPhones: [],
            location: LocationRecord(city: "New York", areaLevel1: "New York", country: "United States")
        )
    )

    public static let all = [ada, grace]

    public static let analyticalEngines = CompanyInfo(
        id: "6a0b0c0d0e0f101112131415",
        name: "Analytical Engines",
        domain: "analyticalengines.com",
        industry: "Computer Hardware",
        numberOfEmployees: 120,
        employeeRange: "51-200",
        linkedinId: "1815",
        linkedinUrl: "https://www.linkedin.com/company/analyticalengines",
        description: "Analytical Engines builds computer hardware products.",
        foundedYear: 1843,
        locationInfo: LocationInfo(city: "London", areaLevel1: "England", country: "United Kingdom"),
        fundingInfo: FundingInfo(fundingTotalUsd: 12_000_000, lastFundingType: "Series A"),
        technologies: [TechnologyInfo(name: "Punched Cards", category: "Storage")]
    )

    public static let compilerWorks = CompanyInfo(
        id: "6a0b0c0d0e0f101112131416",
        name: "Compiler Works",
        domain: "compilerworks.io",
        industry: "Computer Software",
        numberOfEmployees: 45,
        employeeRange: "11-50",
        linkedinId: "1906",
        linkedinUrl: "https://www.linkedin.com/company/compilerworks",
        description: "Compiler Works builds computer software products.",
        foundedYear: 1952,
        locationInfo: LocationInfo(city: "Arlington", areaLevel1: "Virginia", country: "United States"),
        fundingInfo: FundingInfo(fundingTotalUsd: 3_500_000, lastFundingType: "Seed"),
        technologies: [TechnologyInfo(name: "COBOL", category: "Programming Languages")]
    )

    static let companies = [analyticalEngines, compilerWorks]
}
