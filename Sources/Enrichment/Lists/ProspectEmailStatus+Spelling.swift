import LeadIQ

extension ProspectEmailStatus {
    /// The status a CRM or LeadIQ export spells this way (`verified`, `Verified Likely`, `likely`, `unverified`…);
    /// `nil` for anything else (`Invalid`, `bounced`), which the published enum cannot carry.
    public init?(spelling: String) {
        switch spelling.lowercased().filter(\.isLetter) {
        case "verified", "valid": self = .verified
        case "verifiedlikely", "likely", "likelyvalid", "probable": self = .verifiedLikely
        case "unverified", "unknown", "notverified": self = .unverified
        default: return nil
        }
    }
}
