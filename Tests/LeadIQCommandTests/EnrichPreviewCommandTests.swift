import Foundation
import LeadIQ
import RecordIO
import Sandbox
import Testing

/// `leadiq enrich --preview` as users run it: the same file with and without the free preview, and the dry run's
/// forecast of the difference, against one sandbox whose account shows what each run spent.
@Suite struct EnrichPreviewCommandTests {
    let workspace: CommandWorkspace

    init() throws {
        self.workspace = try CommandWorkspace()
    }

    /// Ada (email), Grace (LinkedIn URL; she has no phone), nobody, and 30 generated people by name and domain.
    func input() throws -> String {
        let path = self.workspace.path("people.csv")
        var rows = [
            "First Name,Last Name,Company Domain,Email,LinkedIn URL",
            ",,,\(KnownPeople.ada.email),",
            ",,,,\(KnownPeople.grace.linkedinUrl)",
            ",,,\(KnownPeople.notFoundEmail),",
        ]
        rows += (0..<30).map { "Person\($0),Sample\($0),company\($0 % 5).com,," }
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func previewingSavesExactlyWhatTheEmptyRowsCostAndTheDryRunSaysSo() async throws {
        let input = try self.input()
        let options = ["--fields", "profile,phone", "--batch", "5", "--no-cache"]
        try await withSandbox { sandbox in
            let dry = try await self.workspace.run(["enrich", input, "--dry-run", "--preview"] + options, on: sandbox)
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(await sandbox.stats.creditsUsed == .zero)
            #expect(await sandbox.stats.searchPeopleLookups == 0)
            let line = try #require(dry.text.split(separator: "\n").first { $0.hasPrefix("credits --preview saves") })
            let forecast = try #require(Double(line.split(separator: " ").last ?? ""))

            let plainPath = self.workspace.path("plain.csv")
            let plainRun = try await self.workspace.run(["enrich", input, "-o", plainPath] + options, on: sandbox)
            #expect(plainRun.status == 0, "\(plainRun.standardError)")
            let afterPlain = await sandbox.stats.creditsUsed

            // On a sandbox of its own: the plain run unlocked everyone it found, and looking them up again is free.
            let previewPath = self.workspace.path("previewed.csv")
            let (previewRun, previewSpent) = try await withSandbox { fresh in
                let run = try await self.workspace.run(
                    ["enrich", input, "-o", previewPath, "--preview"] + options, on: fresh
                )
                return (run, await fresh.stats.creditsUsed)
            }
            #expect(previewRun.status == 0, "\(previewRun.standardError)")

            let plain = try self.workspace.records(plainPath)
            let previewed = try self.workspace.records(previewPath)
            #expect(previewed.count == 33 && plain.count == 33)
            let empty = previewed.indices.filter { previewed[$0]["leadiq_reason"] == "preview_empty" }
            #expect(empty.allSatisfy { previewed[$0]["leadiq_status"] == "skipped" })
            // What the preview called empty really had no phone, and everyone else was enriched as before.
            #expect(empty.allSatisfy { plain[$0]["leadiq_phone"] == "" })
            for index in previewed.indices where !empty.contains(index) {
                #expect(previewed[index]["leadiq_phone"] == plain[index]["leadiq_phone"])
            }
            // Every empty row that matched someone cost a phone's 10 credits without the preview, and only those.
            let emptyMatched = empty.filter { plain[$0]["leadiq_status"] == "matched" }.count
            #expect(emptyMatched >= 2)
            let saved = afterPlain - previewSpent
            #expect(saved == Credits(whole: 10 * emptyMatched))
            #expect(Double(saved.tenths) / 10 == forecast)
            #expect(previewRun.standardError.contains("\(empty.count) previewed empty"))
        }
    }

    @Test func previewNeedsEmailOrPhoneSelected() async throws {
        let result = try await CommandRunner.run(["enrich", try self.input(), "--preview", "--fields", "profile,company"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--preview"))
    }
}
