/// What LeadIQ's free `searchPeoplePreview` says about one lookup, against the contact data a run selects.
public enum PreviewVerdict: Sendable, Equatable {
    /// Some of the selected contact data likely exists: the lookup is worth its credits.
    case worthLookingUp
    /// None of the selected contact data; `matched` tells whether the preview found the person at all (a person it
    /// cannot find would cost nothing to look up anyway).
    case empty(matched: Bool)
    /// A lookup no preview answers: a company, an email verification, or a person known only by LeadIQ id.
    case notPreviewable
    /// The preview could not be had even after the client's retries; the reason goes into `leadiq_reason`.
    case failed(reason: String)
}
