import GraphQL
import LeadIQ

/// Resolvers that read the LeadIQ wire models' properties directly, by schema type and field.
///
/// Without them the executor's default resolver finds every field of every answer by reflection: a `Mirror` walk over
/// the model's properties, after failed casts to the protocols it tries first. That was the largest part of the
/// sandbox's CPU per request. The values are the same the default resolver reads, so no document can tell.
enum ModelFieldResolvers {
    static let byType: [String: [String: GraphQLFieldResolve]] = [
        "SearchResult": [
            "totalResults": read(\SearchResult.totalResults),
            "hasMore": read(\SearchResult.hasMore),
            "results": read(\SearchResult.results),
        ],
        "CompanySearchResult": [
            "totalResults": read(\CompanySearchResult.totalResults),
            "hasMore": read(\CompanySearchResult.hasMore),
            "results": read(\CompanySearchResult.results),
        ],
        "PersonRecord": [
            "id": read(\PersonRecord.id),
            "name": read(\PersonRecord.name),
            "currentPositions": read(\PersonRecord.currentPositions),
            "linkedin": read(\PersonRecord.linkedin),
            "personalEmails": read(\PersonRecord.personalEmails),
            "personalPhones": read(\PersonRecord.personalPhones),
            "location": read(\PersonRecord.location),
        ],
        "NameInfo": [
            "first": read(\NameInfo.first),
            "last": read(\NameInfo.last),
            "middle": read(\NameInfo.middle),
            "fullName": read(\NameInfo.fullName),
        ],
        "PositionRecord": [
            "companyId": read(\PositionRecord.companyId),
            "title": read(\PositionRecord.title),
            "seniority": read(\PositionRecord.seniority),
            "function": read(\PositionRecord.function),
            "companyInfo": read(\PositionRecord.companyInfo),
            "emails": read(\PositionRecord.emails),
            "phones": read(\PositionRecord.phones),
        ],
        "WorkEmailRecordType": emailFields,
        "PersonalEmailRecordType": emailFields,
        "WorkPhoneRecordType": phoneFields,
        "PersonalPhoneRecordType": phoneFields,
        "LinkedinRecord": [
            "linkedinId": read(\LinkedinRecord.linkedinId),
            "linkedinUrl": read(\LinkedinRecord.linkedinUrl),
        ],
        "LocationRecord": [
            "city": read(\LocationRecord.city),
            "areaLevel1": read(\LocationRecord.areaLevel1),
            "country": read(\LocationRecord.country),
            "fullAddress": read(\LocationRecord.fullAddress),
        ],
        "CompanyInfo": [
            "id": read(\CompanyInfo.id),
            "name": read(\CompanyInfo.name),
            "domain": read(\CompanyInfo.domain),
            "industry": read(\CompanyInfo.industry),
            "numberOfEmployees": read(\CompanyInfo.numberOfEmployees),
            "employeeRange": read(\CompanyInfo.employeeRange),
            "linkedinId": read(\CompanyInfo.linkedinId),
            "linkedinUrl": read(\CompanyInfo.linkedinUrl),
            "description": read(\CompanyInfo.description),
            "foundedYear": read(\CompanyInfo.foundedYear),
            "locationInfo": read(\CompanyInfo.locationInfo),
            "fundingInfo": read(\CompanyInfo.fundingInfo),
            "technologies": read(\CompanyInfo.technologies),
        ],
        "LocationInfo": [
            "city": read(\LocationInfo.city),
            "areaLevel1": read(\LocationInfo.areaLevel1),
            "country": read(\LocationInfo.country),
            "postalCode": read(\LocationInfo.postalCode),
            "formattedAddress": read(\LocationInfo.formattedAddress),
        ],
        "FundingInfo": [
            "fundingTotalUsd": read(\FundingInfo.fundingTotalUsd),
            "lastFundingType": read(\FundingInfo.lastFundingType),
        ],
        "TechnologyInfo": [
            "name": read(\TechnologyInfo.name),
            "category": read(\TechnologyInfo.category),
        ],
    ]

    /// Work and personal emails are both `EmailRecord`s.
    private static let emailFields: [String: GraphQLFieldResolve] = [
        "value": read(\EmailRecord.value),
        "type": read(\EmailRecord.type),
        "status": read(\EmailRecord.status),
    ]

    /// Work and personal phones are both `PhoneRecord`s.
    private static let phoneFields: [String: GraphQLFieldResolve] = [
        "value": read(\PhoneRecord.value),
        "type": read(\PhoneRecord.type),
        "status": read(\PhoneRecord.status),
        "verificationStatus": read(\PhoneRecord.verificationStatus),
    ]

    /// A model property; `nil` when it is absent, exactly as the default resolver answers, and when the source is not
    /// a `Source` (the default resolver would find no such property there either).
    private static func read<Source, Value: Sendable>(
        _ property: KeyPath<Source, Value?> & Sendable
    ) -> GraphQLFieldResolve {
        { source, _, _, _ in (source as? Source).flatMap { $0[keyPath: property] } }
    }
}
