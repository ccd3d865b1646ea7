import LeadIQ

/// LeadIQ's answer to one lookup.
public enum LookupOutcome: Sendable, Equatable {
    /// The best person match (a person lookup).
    case person(PersonRecord)
    /// The best company match (a company lookup).
    case company(CompanyInfo)
    /// The verdict on an address (an email verification).
    case emailVerification(EmailVerification)
    case notFound
    /// LeadIQ's free preview showed none of the selected contact data, so the lookup was not sent (`--preview`).
    case previewEmpty
    /// The lookup could not be answered even after the client's retries; the reason goes into `leadiq_reason`.
    case failed(reason: String)
}
