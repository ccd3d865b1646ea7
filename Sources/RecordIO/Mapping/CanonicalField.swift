/// The contact fields leadiq understands, whatever a CRM export calls its columns.
public enum CanonicalField: String, CaseIterable, Sendable, Hashable, Codable {
    case firstName = "first_name"
    case lastName = "last_name"
    case fullName = "full_name"
    case email = "email"
    case linkedinURL = "linkedin_url"
    case companyName = "company_name"
    case companyDomain = "company_domain"
    case companyLinkedinID = "company_linkedin_id"
    case leadiqPersonID = "leadiq_person_id"
    case title = "title"
    case phone = "phone"
    case city = "city"
    case state = "state"
    case country = "country"
}
