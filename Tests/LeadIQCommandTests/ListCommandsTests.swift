import Foundation
import Testing

/// `push`, `export` and `lists` run as a user runs them, on the embedded sandbox (`--sandbox`).
@Suite struct ListCommandsTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("leadiq-lists-\(UUID().uuidString)-\(name)").path
    }

    /// The top-level text values of each JSON line (an export nests its dotted columns as objects).
    private func jsonLines(_ path: String) throws -> [[String: String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return object.compactMapValues { $0 as? String }
        }
    }

    @Test func pushWritesEveryRowWithItsOutcome() async throws {
        let output = self.temporaryPath("result.jsonl")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try await CommandRunner.run([
            "push", CommandRunner.fixture("lists/attendees.csv"), "--list", "Conference", "--sandbox",
            "-o", output,
        ])
        #expect(result.status == 1, "one row failed, so the exit status says so")
        #expect(result.standardError.contains("6 rows: 3 added, 2 skipped, 1 failed (1 batch request)"))
        let rows = try self.jsonLines(output)
        #expect(
            rows.map { $0["Name"] } == [
                "Ana Martínez", "Okafor, Ben", "Prince", "Chloé Dubois", "Dan Wu", "Eva Klein",
            ])
        #expect(
            rows.map { $0["leadiq_status"] } == [
                "added", "added", "skipped", "skipped", "failed", "added",
            ])
        #expect(
            rows.map { $0["leadiq_reason"] } == [
                "name split from 'Ana Martínez'",
                "name split from 'Okafor, Ben'",
                "no first and last name: 'Prince' is a single word",
                "work email 'chloe.dubois@atelier' is not an email address",
                "name split from 'Dan Wu'; email status 'Invalid' left out: not a LeadIQ status; "
                    + "The work email's domain does not accept mail.",
                "name split from 'Eva Klein'; seniority 'Wizard' left out: not a LeadIQ seniority",
            ]
        )
        let ids = rows.map { $0["leadiq_prospect_id"] ?? "<missing>" }
        #expect(
            ids.enumerated().allSatisfy { index, id in
                [0, 1, 5].contains(index) ? id.count == 24 : id.isEmpty
            })
    }

    /// JSON Lines records may each hold other fields: the columns are mapped from all those of the first records, so
    /// a first line without an email no longer leaves every email unmapped.
    @Test func pushMapsTheFieldsOfEveryRecordReadAhead() async throws {
        let input = self.temporaryPath("varied.jsonl")
        let output = self.temporaryPath("varied-result.jsonl")
        defer { for path in [input, output] { try? FileManager.default.removeItem(atPath: path) } }
        try """
        {"Name":"Nobody"}
        {"Name":"Ann Lee","Work Email":"ann@acme","Company":"Acme"}

        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try await CommandRunner.run(["push", input, "--list", "Varied", "--sandbox", "-o", output])
        // The malformed address is seen, so it was mapped; unmapped, Ann would have been added without it.
        let reasons = try self.jsonLines(output).map { $0["leadiq_reason"] ?? "" }
        #expect(reasons.last?.contains("work email 'ann@acme' is not an email address") == true, "\(result.standardError)")
    }

    @Test func pushNeedsAListNameOrAnId() async throws {
        let fixture = CommandRunner.fixture("lists/attendees.csv")
        let neither = try await CommandRunner.run(["push", fixture, "--sandbox"])
        #expect(neither.status != 0)
        #expect(neither.standardError.contains("--list NAME"))
        let both = try await CommandRunner.run([
            "push", fixture, "--list", "A", "--append-to", "0123456789abcdef01234567",
        ])
        #expect(both.standardError.contains("not both"))
    }

    @Test func pushToAListThatIsNotThereFailsBeforeReadingRows() async throws {
        let result = try await CommandRunner.run([
            "push", CommandRunner.fixture("lists/attendees.csv"), "--append-to",
            "0123456789abcdef01234567",
            "--sandbox",
        ])
        #expect(result.status != 0)
        #expect(result.standardError.contains("no such list"))
        #expect(result.text.isEmpty)
    }

    /// Input that cannot be read near its start, or a --map naming no column, is found before the list is made: the
    /// push exits 2 and leaves no empty list behind (it used to create the list, then fail on line 4).
    @Test func unreadableInputLeavesNoEmptyList() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let input = self.temporaryPath("unclosed.csv")
        defer { try? FileManager.default.removeItem(atPath: input) }
        try "Name,Email\nAnn Lee,ann@acme.com\nBob Ray,bob@acme.com\n\"Cy Do,cy@acme.com\nDee Fox,dee@acme.com\n".write(
            toFile: input, atomically: true, encoding: .utf8)
        let unreadable = try await CommandRunner.run(
            ["push", input, "--list", "Never"] + sandbox.connection, environment: self.privateCache())
        #expect(unreadable.status == 2, "\(unreadable.standardError)")
        #expect(unreadable.standardError.contains("\(input):4: a quoted field starting here is never closed"))
        let unmapped = try await CommandRunner.run(
            ["push", CommandRunner.fixture("lists/attendees.csv"), "--list", "Never", "--map", "email=Nope"]
                + sandbox.connection,
            environment: self.privateCache())
        #expect(unmapped.status == 2, "\(unmapped.standardError)")
        let lists = try await CommandRunner.run(["lists"] + sandbox.connection)
        #expect(lists.status == 0 && lists.text.isEmpty, "\(lists.text)")
        #expect(lists.standardError.contains("0 lists"))
    }

    @Test func exportOfAnUnknownListSaysSo() async throws {
        let result = try await CommandRunner.run(["export", "0123456789abcdef01234567", "--sandbox"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("no such list"))
    }

    @Test func listsOnAFreshSandboxIsEmpty() async throws {
        let result = try await CommandRunner.run(["lists", "--sandbox", "--json"])
        #expect(result.status == 0)
        #expect(
            (try JSONSerialization.jsonObject(with: result.standardOutput) as? [Any])?.isEmpty == true)
    }

    /// push → lists → export on one sandbox that drops 20% of connections (writes applied first): every row is
    /// saved exactly once, the list shows up, and the export has all 250 prospects once.
    @Test func pushListsAndExportOnASandboxThatDropsConnections() async throws {
        let sandbox = try await StandaloneSandbox.start(["--reset-rate", "0.2", "--seed", "3"])
        let input = self.temporaryPath("people.csv")
        let result = self.temporaryPath("result.csv")
        let export = self.temporaryPath("export.jsonl")
        defer {
            for path in [input, result, export] { try? FileManager.default.removeItem(atPath: path) }
        }
        let people = (0..<250).map { "Person\($0) Tester,person\($0)@acme.com,Director" }
        try (["Name,Email,Seniority"] + people).joined(separator: "\n").write(
            toFile: input, atomically: true, encoding: .utf8)

        let push = try await CommandRunner.run(
            ["push", input, "--list", "Attendees", "-o", result] + sandbox.connection,
            environment: self.privateCache())
        #expect(push.status == 0, "\(push.standardError)")
        #expect(push.standardError.contains("250 rows: 250 added, 0 skipped, 0 failed"))

        let lists = try await CommandRunner.run(["lists"] + sandbox.connection)
        let line = try #require(lists.text.split(separator: "\n").first { $0.hasSuffix("\tAttendees") })
        let listID = String(line.prefix(24))
        #expect(
            lists.text.split(separator: "\n").count == 1, "a lost create must not make a second list")

        let exported = try await CommandRunner.run(["export", listID, "-o", export] + sandbox.connection)
        #expect(exported.status == 0)
        #expect(exported.standardError.contains("exported 250 prospects"))
        let rows = try self.jsonLines(export)
        #expect(rows.count == 250)
        #expect(
            Set(rows.compactMap { $0["workEmail"] }) == Set((0..<250).map { "person\($0)@acme.com" }))
        #expect(Set(rows.compactMap { $0["id"] }).count == 250)
        #expect(rows.allSatisfy { $0["seniority"] == "Director" && $0["listIds"] == listID })
        let pushed = try String(contentsOfFile: result, encoding: .utf8)
        #expect(Set(rows.compactMap { $0["id"] }).allSatisfy(pushed.contains))
    }

    /// The guide's pipeline (advanced search → create list → add prospects → CSV) as one command.
    @Test func searchSavesThePeopleFoundToANewListAndWritesThem() async throws {
        let output = self.temporaryPath("nh.csv")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try await CommandRunner.run([
            "search", "--role", "Sales", "--seniority", "VP,Director", "--location",
            "New Hampshire, United States",
            "--max", "10", "--list", "NH Sales Leaders", "-o", output, "--sandbox",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("found 10 people"))
        #expect(
            result.standardError.contains("10 rows: 10 added, 0 skipped, 0 failed (1 batch request)"))
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.first?.hasPrefix("leadiq_id,first_name,last_name,") == true)
        #expect(lines.first?.hasSuffix(",leadiq_status,leadiq_reason,leadiq_prospect_id") == true)
        #expect(
            lines.dropFirst().allSatisfy {
                $0.contains(",New Hampshire,United States,") && $0.contains(",added,")
            })
    }

    @Test(arguments: [
        (["--role", "Sales", "--max", "10001"], "10000"),
        (["--role", "Sales", "--company-size", "200-50"], "MIN-MAX"),
        (["--seniority", "Boss"], "is not one of"), (["--max", "5"], "at least one filter"),
        (["--role", "Sales", "--location", "A, B, C, D"], "City, State, Country"),
    ])
    func searchRefusesOptionsItCannotSend(arguments: [String], message: String) async throws {
        let result = try await CommandRunner.run(["search", "--sandbox"] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
    }

    /// A cache of its own per test, so credits are really spent and the sandbox's account shows them.
    private func privateCache() -> [String: String] {
        ["XDG_CACHE_HOME": self.temporaryPath("cache")]
    }


    /// The guide's whole pipeline — check usage, advanced search, enrich, create a list, add prospects, export
    /// CSV — is one command, and only the enrichment spends credits.
    @Test func searchEnrichListAndCSVInOneCommandChargesOnlyForTheEnrichment() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.temporaryPath("nh.csv")
        let export = self.temporaryPath("nh-list.jsonl")
        let search = [
            "search", "--role", "Sales", "--seniority", "VP,Director", "--location", "New Hampshire, United States",
            "--max", "10",
        ]
        let free = try await CommandRunner.run(search + sandbox.connection, environment: self.privateCache())
        #expect(free.status == 0, "\(free.standardError)")
        #expect(try await sandbox.creditsUsed() == 0)

        let result = try await CommandRunner.run(
            search + ["--enrich", "--list", "NH Sales Leaders", "-o", output, "--yes", "--rate-limit", "6000"]
                + sandbox.connection,
            environment: self.privateCache()
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("10 rows: 10 added, 0 skipped, 0 failed (1 batch request)"))
        // Profile and work email for ten people: one credit each (the larger unlock replaces the profile fee).
        #expect(try await sandbox.creditsUsed() == 10)

        var rows: [[String: String]] = []
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(lines.first)
        for line in lines.dropFirst() {
            rows.append(Dictionary(zip(header, line), uniquingKeysWith: { first, _ in first }))
        }
        #expect(rows.count == 10)
        #expect(Set(header).count == header.count, "every column once")
        #expect(rows.allSatisfy { $0["leadiq_status"] == "matched" && $0["leadiq_person_id"] == $0["leadiq_id"] })

        let lists = try await CommandRunner.run(["lists"] + sandbox.connection)
        let listID = try #require(lists.text.split(separator: "\n").first { $0.hasSuffix("\tNH Sales Leaders") })
            .prefix(24)
        let exported = try await CommandRunner.run(["export", String(listID), "-o", export] + sandbox.connection)
        #expect(exported.status == 0)
        let prospects = try self.jsonLines(export)
        #expect(prospects.map { $0["personId"] } == rows.map { $0["leadiq_person_id"] })
        #expect(prospects.map { $0["workEmail"] } == rows.map { $0["leadiq_work_email"] })
        #expect(prospects.allSatisfy { $0["workEmail"]?.contains("@") == true })
    }

    /// `enrich --list`: every row still in the output; each matched person saved once, with LeadIQ's data.
    @Test func enrichSavesEachMatchedPersonOnceToANewList() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.temporaryPath("enriched.jsonl")
        let export = self.temporaryPath("export.jsonl")
        let result = try await CommandRunner.run(
            ["enrich", CommandRunner.fixture("contacts.csv"), "--list", "Enriched", "-o", output]
                + ["--yes", "--rate-limit", "6000"] + sandbox.connection,
            environment: self.privateCache()
        )
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(rows.count == 25)
        let people = rows.compactMap { ($0["leadiq"] as? [String: Any])?["person_id"] as? String }
            .filter { !$0.isEmpty }
        #expect(people.count > Set(people).count, "the fixture names one person twice")
        #expect(result.standardError.contains("the same person as line"))

        let lists = try await CommandRunner.run(["lists"] + sandbox.connection)
        let listID = try #require(lists.text.split(separator: "\n").first { $0.hasSuffix("\tEnriched") }).prefix(24)
        _ = try await CommandRunner.run(["export", String(listID), "-o", export] + sandbox.connection)
        let saved = try self.jsonLines(export)
        #expect(saved.compactMap { $0["personId"] }.sorted() == Set(people).sorted())
        #expect(saved.allSatisfy { $0["lastName"]?.isEmpty == false })
    }

    /// A list name that is taken is found out before anything is spent or written.
    @Test func enrichIntoATakenListNameStopsBeforeSpending() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let output = self.temporaryPath("never.csv")
        let first = try await CommandRunner.run(
            ["push", CommandRunner.fixture("lists/attendees.csv"), "--list", "Taken", "-o", self.temporaryPath("p.csv")]
                + sandbox.connection,
            environment: self.privateCache()
        )
        #expect(first.status == 1, "\(first.standardError)")
        let result = try await CommandRunner.run(
            ["enrich", CommandRunner.fixture("contacts.csv"), "--list", "Taken", "-o", output] + sandbox.connection,
            environment: self.privateCache()
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("already exists"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try await sandbox.creditsUsed() == 0)
    }

    /// `search --enrich` has enrich's cost control: a dry run spends nothing, a budget is never exceeded.
    @Test func searchEnrichHonoursDryRunAndMaxCredits() async throws {
        let sandbox = try await StandaloneSandbox.start()
        let search = ["search", "--role", "Marketing", "--max", "8", "--enrich", "--rate-limit", "6000"]
        let dry = try await CommandRunner.run(
            search + ["--dry-run"] + sandbox.connection, environment: self.privateCache()
        )
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.text.contains("rows: 8"))
        #expect(try await sandbox.creditsUsed() == 0)

        let output = self.temporaryPath("budget.csv")
        let budget = try await CommandRunner.run(
            search + ["--max-credits", "3", "-o", output, "--yes"] + sandbox.connection,
            environment: self.privateCache()
        )
        #expect(budget.status == 0, "\(budget.standardError)")
        #expect(try await sandbox.creditsUsed() <= 3)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.components(separatedBy: ",skipped,budget,").count - 1 == 5)
    }
}
