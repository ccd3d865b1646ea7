/// Why a row was not sent to LeadIQ. The raw values are what `leadiq_reason` shows.
public enum SkipReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The row has no field that identifies a person or a company.
    case noIdentifier = "no_identifier"
    /// `--mode people` and the row identifies no person.
    case noPersonIdentifier = "no_person_identifier"
    /// `--mode company` and the row identifies no company.
    case noCompanyIdentifier = "no_company_identifier"
    /// The LinkedIn field is not a profile URL and nothing else identifies the row.
    case invalidLinkedinURL = "invalid_linkedin_url"
    /// The email field is not an address and nothing else identifies the row.
    case invalidEmail = "invalid_email"
    /// `leadiq verify` and the row's email field is missing or blank.
    case noEmail = "no_email"
    /// A person's name without a company name or domain to tell namesakes apart.
    case nameWithoutCompany = "name_without_company"
    /// Sending the lookup would have exceeded `--max-credits`.
    case budget = "budget"
    /// `--preview` showed none of the selected contact data, so the person was not enriched.
    case previewEmpty = "preview_empty"
}
