import Foundation
import Testing

/// The API key never leaves the process: not on its streams, not in any file a run writes, not in `--verbose`
/// traces, whether the run succeeds or LeadIQ refuses the key.
@Suite struct SecretsTests {
    /// As LeadIQ issues keys: base64 text, sent as is to GraphQL and decoded to Prospector.
    static let decodedKey = "sweep-secret-4f7c2a9e"
    static let key = Data(decodedKey.utf8).base64EncodedString()

    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-secrets-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { self.scratch.appendingPathComponent(name).path }

    /// Every byte of every file under the scratch directory (outputs, report, rejects, the cache and the journal with
    /// their SQLite side files), and the streams given.
    func everything(_ streams: [CommandRunner.Result]) throws -> [(String, Data)] {
        var found = streams.flatMap { [("stdout", $0.standardOutput), ("stderr", Data($0.standardError.utf8))] }
        let files = FileManager.default.enumerator(at: self.scratch, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append((url.path, try Data(contentsOf: url)))
            }
        }
        return found
    }

    func expectNoKey(in streams: [CommandRunner.Result]) throws {
        let everything = try self.everything(streams)
        #expect(everything.count > 4, "the runs wrote files to look in")
        for (name, bytes) in everything {
            for secret in [Self.key, Self.decodedKey] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) holds the key")
            }
        }
    }

    @Test func noStreamOrFileOfARunHoldsTheKey() async throws {
        let sandbox = try await StandaloneSandbox.start(["--key", Self.key, "--fail-rate", "0.1", "--seed", "5"])
        let environment = ["XDG_CACHE_HOME": self.path("cache")]
        let enrich = try await CommandRunner.run(
            ["enrich", CommandRunner.fixture("contacts.csv"), "-o", self.path("out.csv"), "--rejects",
             self.path("rejects.csv"), "--report", self.path("report.json"), "--list", "Swept", "--verbose",
             "--yes", "--rate-limit", "6000"] + sandbox.connection,
            environment: environment
        )
        #expect([0, 1].contains(enrich.status), "\(enrich.standardError)")
        #expect(enrich.standardError.contains("<redacted>"), "the trace shows where the key was")
        let push = try await CommandRunner.run(
            ["push", CommandRunner.fixture("lists/attendees.csv"), "--list", "Swept push", "-o",
             self.path("pushed.jsonl"), "--verbose"] + sandbox.connection,
            environment: environment
        )
        #expect(push.standardError.contains("X-API-Key: <redacted>"))
        let refused = try await CommandRunner.run(
            ["enrich", CommandRunner.fixture("contacts.csv"), "-o", self.path("never.csv"), "--verbose", "--yes",
             "--api-key", Data("\(Self.decodedKey)-wrong".utf8).base64EncodedString()] + sandbox.connection,
            environment: environment
        )
        #expect(refused.status == 3)
        #expect(refused.standardError.contains("shows in process lists"), "a key on the command line is warned about")
        try self.expectNoKey(in: [enrich, push, refused])
    }
}
