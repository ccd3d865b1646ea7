/// What happened to one prospect sent to a list.
public enum PushOutcome: Sendable, Equatable, Codable {
    /// Saved (or found already saved after a lost response, which `note` then says) as prospect `prospectID`.
    case added(prospectID: String, note: String?)
    /// LeadIQ refused it (its `failed[].reason`), or it could not be delivered.
    case failed(reason: String)
}
