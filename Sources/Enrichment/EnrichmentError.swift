/// Conditions that end an enrichment run for every row.
public struct EnrichmentError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case unauthorized
        case insufficientCredits
    }

    private let code: Code

    /// LeadIQ refused the API key (HTTP 401): nothing can succeed, so the run stops before writing output.
    public static let unauthorized = EnrichmentError(code: .unauthorized)
    /// The plan has no credits left (HTTP 402): no further lookup can succeed.
    public static let insufficientCredits = EnrichmentError(code: .insufficientCredits)

    public var description: String {
        switch self.code {
        case .unauthorized:
            "LeadIQ rejected the API key (401). Check the key against Settings → API in the LeadIQ app."
        case .insufficientCredits:
            "LeadIQ reports insufficient credits (402). Remaining rows were marked failed; add credits and re-run them."
        }
    }
}
