/// What a run asks LeadIQ about each row.
public enum EnrichmentTask: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person or company a row identifies, with the selected data points (`leadiq enrich`).
    case enrich
    /// The verdict on a row's email address, and nothing else (`leadiq verify`).
    case verifyEmail = "verify_email"
}
