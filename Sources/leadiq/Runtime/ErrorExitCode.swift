import Enrichment
import LeadIQ
import RecordIO

/// The exit code of an error that ends any command, as the README's table gives it: 2 for input that cannot be read,
/// a missing key or configuration, a list name already taken, options that do not suit the run, or a run that must
/// not start; 3 when LeadIQ rejects the key; 5 when LeadIQ could not be reached, or kept failing or throttling, past
/// the retries (it looks down, and the same command run again continues). `nil` for the rest, which exit 1, and for
/// ArgumentParser's own.
func commandExitCode(for error: any Error) -> Int32? {
    switch error {
    case let error as EnrichmentError where error == .unauthorized: 3
    case let error as LeadIQError where error == .unauthorized: 3
    case is RecordIOError, is RunRefusal: 2
    case let error as EnrichmentError where error.isListNameTaken || error.refusesToStart: 2
    case let error as LeadIQError where [.missingAPIKey, .invalidAPIKey, .invalidConfiguration].contains(error): 2
    case let error as LeadIQError where error.isTransient: 5
    default: nil
    }
}

/// Options that parsed and validated but do not suit what the run found once it started (the API it reached, the
/// input's columns): exits 2 like a usage error. Thrown as a `ValidationError` from `run()` it would be shown with the
/// top-level usage instead of the command's, since ArgumentParser no longer knows which command was parsing.
struct RunRefusal: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
