import Enrichment
import LeadIQ
import RecordIO
import Sandbox

/// Runs `body` with an in-process sandbox on a loopback port and a client pointed at it; retries are quick, since
/// their timing is the client's own concern.
func withListSandbox<T: Sendable>(
    _ sandbox: SandboxConfiguration = SandboxConfiguration(),
    clientAttempts: Int = 8,
    _ body: @escaping @Sendable (LeadIQClient, RunningSandbox) async throws -> T
) async throws -> T {
    try await withSandbox(sandbox) { running in
        let configuration = LeadIQClientConfiguration(
            apiKey: try APIKey(running.apiKey),
            graphQLURL: running.graphQLURL,
            prospectorURL: running.prospectorURL,
            requestsPerMinute: 600_000,
            retryPolicy: RetryPolicy(
                maxAttempts: clientAttempts, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))
        )
        return try await withLeadIQClient(configuration) { client in
            try await body(client, running)
        }
    }
}

/// `count` rows of `Name`, `Email` and `Seniority`, each a different person.
func peopleRecords(_ count: Int) -> [Record] {
    (0..<count).map { index in
        Record(
            names: ["Name", "Email", "Seniority"],
            values: ["Person \(index) Tester", "person\(index)@acme.com", "Vice President"],
            position: SourcePosition(file: "people.csv", line: index + 2, index: index)
        )
    }
}

/// Creates a list named `name` and pushes `records` into it; returns the list, the rows written and the summary.
func push(
    _ records: [Record],
    to name: String,
    client: LeadIQClient,
    maxAttempts: Int = 5
) async throws -> (list: ProspectList, rows: [Record], summary: ListPushSummary) {
    let list = try await ListCreation.create(ListInput(name: name), client: client)
    let pusher = ProspectPusher(
        client: client, listID: list.id, listIsNew: true, maxAttempts: maxAttempts)
    var push = ListPush(pusher: pusher)
    var reader = ArrayRecordReader(records: records)
    var writer = MemoryRecordWriter()
    let summary = try await push.run(reader: &reader, writer: &writer, file: "people.csv")
    return (list, writer.records, summary)
}
