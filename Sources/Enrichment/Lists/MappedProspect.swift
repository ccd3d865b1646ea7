import LeadIQ

/// What one input record becomes before anything is sent: a prospect the published schema accepts (with notes on
/// what was fixed or left out), or the reason it cannot be one.
public enum MappedProspect: Sendable, Equatable {
    /// `notes` says what was changed on the way (a name split, a cell left out); empty when the row went as it was.
    case prospect(ProspectInput, notes: [String])
    case skipped(reason: String)
}
