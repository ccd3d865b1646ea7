/// Conditions that end an enrichment run for every row.
public struct EnrichmentError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case unauthorized
        case insufficientCredits
        case storage(path: String, message: String)
        case listNameTaken(String)
        case runInProgress(ownerPID: Int32?, lockFile: String)
        case pushInputChanged(batch: Int)
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

    /// A list with this name exists already (HTTP 409): only `push` adds to an existing list, with `--append-to` and
    /// its id (`enrich --list` and `search --list` always make a new one).
    public static func listNameTaken(_ name: String) -> EnrichmentError {
        EnrichmentError(code: .listNameTaken(name))
    }

    /// Another process holds the run lock for the same input and options: running both would pay twice.
    public static func runInProgress(ownerPID: Int32?, lockFile: String) -> EnrichmentError {
        EnrichmentError(code: .runInProgress(ownerPID: ownerPID, lockFile: lockFile))
    }

    /// An interrupted push journaled a batch that the input no longer has: the file changed since that run.
    public static func pushInputChanged(batch: Int) -> EnrichmentError {
        EnrichmentError(code: .pushInputChanged(batch: batch))
    }

    /// Another run holds this run's lock, or an interrupted push cannot be resumed on this input: the user has to
    /// settle it before the command can run (commands exit 2, as for a usage error).
    public var refusesToStart: Bool {
        switch self.code {
        case .runInProgress, .pushInputChanged: true
        default: false
        }
    }

    /// A list with the name asked for exists already.
    public var isListNameTaken: Bool {
        if case .listNameTaken = self.code { true } else { false }
    }

    /// Another process holds the run lock asked for.
    var isRunInProgress: Bool {
        if case .runInProgress = self.code { true } else { false }
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
            "A LeadIQ list named '\(name)' already exists. Choose another --list name; `leadiq push` can add rows to "
                + "that list with --append-to LIST_ID (see `leadiq lists` for its id)."
        case .runInProgress(let pid, let lockFile):
            "another leadiq run (\(pid.map { "pid \($0)" } ?? "process unknown")) is already working on this input "
                + "with these options; running both would pay twice. Wait for it to finish, or stop it "
                + "(\(pid.map { "kill \($0)" } ?? "see \(lockFile)")) and run this command again to resume."
        case .pushInputChanged(let batch):
            "the input changed since the interrupted push (its batch \(batch + 1) holds other rows now), so that run "
                + "cannot be resumed. Run with --restart to forget it, and push into a new list."
        }
    }
}
