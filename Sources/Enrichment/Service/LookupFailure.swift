import LeadIQ

/// How the services in front of a `LeadIQClient` turn its errors into outcomes: the errors that end the run are
/// thrown as `EnrichmentError`, every other one fails only the lookups it concerns.
enum LookupFailure {
    /// The outcome for a lookup the client could not answer; throws the errors that end the run.
    static func outcome(_ error: LeadIQError) throws -> LookupOutcome {
        .failed(reason: try self.reason(error))
    }

    /// What `leadiq_reason` says about a lookup the client could not answer; throws the errors that end the run.
    static func reason(_ error: LeadIQError) throws -> String {
        if error == .unauthorized {
            throw EnrichmentError.unauthorized
        }
        if error == .insufficientCredits {
            throw EnrichmentError.insufficientCredits
        }
        return String(describing: error)
    }

    /// The client's error; anything else it lets through (cancellation) is passed on, as it is not a lookup's fault.
    static func clientError(_ error: any Error) throws -> LeadIQError {
        guard let error = error as? LeadIQError else { throw error }
        return error
    }
}
