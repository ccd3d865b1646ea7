import Enrichment
import LeadIQ
import RecordIO

/// What an `EnrichmentJob` asks about each row, with the command's own options: everything else about a run (input,
/// outputs, storage, budget, summary, exit codes) is the same whatever the task.
enum JobTask: Sendable {
    /// `leadiq enrich` and `search --enrich`: the person or company each row identifies; with `preview`, people
    /// are previewed first and not enriched when the preview is empty.
    case enrich(EnrichmentOptions, mode: MatchMode = .auto, preview: Bool = false)
    /// `leadiq verify`: each row's email address.
    case verifyEmail

    var enrichmentTask: EnrichmentTask {
        switch self {
        case .enrich: .enrich
        case .verifyEmail: .verifyEmail
        }
    }

    /// The data points asked for; a verification's price does not depend on them.
    var selection: FieldSelection {
        switch self {
        case .enrich(let options, _, _): options.fields
        case .verifyEmail: .default
        }
    }

    var mode: MatchMode {
        switch self {
        case .enrich(_, let mode, _): mode
        case .verifyEmail: .auto
        }
    }

    /// Lookups per request: Prospector verifies one address per call.
    var batch: Int {
        switch self {
        case .enrich(let options, _, _): options.batch
        case .verifyEmail: 1
        }
    }

    /// Person lookups are previewed, and not enriched when the preview is empty (`--preview`).
    var previews: Bool {
        switch self {
        case .enrich(_, _, let preview): preview
        case .verifyEmail: false
        }
    }

    /// What else a run's answers depend on, for the journal's run id; `--preview` is not part of it, since only
    /// answers that were paid for are journaled.
    var identity: [String] {
        switch self {
        case .enrich(let options, let mode, _): [String(options.fields.rawValue), mode.rawValue]
        case .verifyEmail: [EnrichmentTask.verifyEmail.rawValue]
        }
    }

    /// Throws when the options ask for more than the API behind `connection` allows.
    func check(_ connection: APIConnection) throws {
        if case .enrich(let options, _, _) = self, !connection.isSandbox,
            options.batch > EnrichmentOptions.largestLeadIQBatch
        {
            throw RunRefusal("--batch can be at most \(EnrichmentOptions.largestLeadIQBatch) against LeadIQ")
        }
    }

    /// Throws when `mapping` (of a file whose first record has fields) gives the task nothing to work on: a verification
    /// of a file without an email column would only skip every row.
    func check(_ mapping: FieldMapping, file: String) throws {
        if case .verifyEmail = self, mapping.columns[.email] == nil {
            throw RunRefusal(
                "\(file): no column was recognised as holding email addresses; name it with --map email=COLUMN"
            )
        }
    }

    /// The stages that answer this task's lookups on `client`: LeadIQ, behind the free preview with `--preview`.
    func service(client: LeadIQClient) -> any LookupService {
        let leadIQ = LeadIQLookupService(client: client)
        guard self.previews else { return leadIQ }
        return PreviewingLookupService(previewer: LookupPreviewer(client: client), upstream: leadIQ)
    }
}
