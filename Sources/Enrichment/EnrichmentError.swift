/// Conditions that end an enrichment run for every row.
public struct EnrichmentError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case unauthorized
        case insufficientCredits
        case storage(path: String, message: String)
        case listNameTaken(String)
    }

    private let code: Code

    /// LeadIQ refused the API key (HTTP 401): nothing can succeed, so the run stops before writing output.
    public static let unauthorized = EnrichmentError(code: .unauthorized)
    /// The plan has no credits left (HTTP 402): no further lookup can succeed.
    public static let insufficientCredits = EnrichmentError(code: .insufficientCredits)

    /// The cache or the run journal could not be read or written.
    public static func storage(path: String, message: String) -> EnrichmentError {
        EnrichmentError(code: .storage(path: path, message: message))
    }

    /// A list with this name exists already (HTTP 409): pushing into it takes `--append-to` and its id.
    public static func listNameTaken(_ name: String) -> EnrichmentError {
        EnrichmentError(code: .listNameTaken(name))
    }

    public var description: String {
        switch self.code {
        case .unauthorized:
            "LeadIQ rejected the API key (401). Check the key against Settings → API in the LeadIQ app."
        case .insufficientCredits:
            "LeadIQ reports insufficient credits (402). Remaining rows were marked failed; add credits and re-run them."
        case .storage(let path, let message):
            "\(path): \(message). Remove the file, or run with --no-cache, if it stays unreadable."
        case .listNameTaken(let name):
            "A LeadIQ list named '\(name)' already exists. Choose another --list name, or add to that list with "
                + "--append-to LIST_ID (see `leadiq lists` for its id)."
        }
    }
}
