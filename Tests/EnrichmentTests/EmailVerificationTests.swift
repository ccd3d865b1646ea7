import Foundation
import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

/// `leadiq verify`'s task through the shared pipeline: only the email column counts, one verification per distinct
/// address, a tenth of a credit each.
@Suite struct EmailVerificationTests {
    func verifyConfiguration(
        maxCredits: Credits? = nil,
        outputStyle: ProjectionStyle = .columns
    ) -> EnrichmentConfiguration {
        var configuration = emailConfiguration(maxCredits: maxCredits, outputStyle: outputStyle)
        configuration.task = .verifyEmail
        return configuration
    }

    @Test func onlyTheEmailColumnCountsAndItIsNormalised() {
        let mapping = FieldMapping(columns: [.email: "email", .linkedinURL: "linkedin"])
        let matcher = RecordMatcher(mapping: mapping, task: .verifyEmail)
        func match(_ email: String, linkedin: String = "") -> MatchResult {
            matcher.match(
                Record(
                    names: ["email", "linkedin"], values: [email, linkedin],
                    position: SourcePosition(file: "in.csv", line: 2, index: 0)
                )
            )
        }
        #expect(match("  Ann.Smith@ACME.com ") == .lookup(.emailVerification("ann.smith@acme.com")))
        #expect(match("mailto:ann@acme.com") == .lookup(.emailVerification("ann@acme.com")))
        #expect(match("   ", linkedin: "https://www.linkedin.com/in/ann") == .skipped(.noEmail))
        #expect(match("ann at acme.com") == .skipped(.invalidEmail))
        #expect(match("ann@acme") == .skipped(.invalidEmail))
        // Within EmailAddress's limits, but longer than the 254 bytes LeadIQ's API accepts.
        let long = String(repeating: "a", count: 64) + "@"
            + ["b", "c", "d", "e"].map { String(repeating: $0, count: 60) }.joined(separator: ".") + ".com"
        #expect(match(long) == .skipped(.invalidEmail))
    }

    @Test func oneVerificationPerAddressAndEveryRowInOrder() async throws {
        let emails = [
            "ann@acme.com", " ANN@acme.com", "", "bad.bob@acme.com", "not an address", "ann@acme.com ",
            "carl@acme.com",
        ]
        let service = ScriptedLookupService()
        let (writer, summary) = try await enrich(
            emailRecords(emails), service: service, configuration: self.verifyConfiguration()
        )
        // One verification per distinct address; concurrent calls start in no particular order.
        #expect(service.lookups.count == 3)
        #expect(
            Set(service.lookups) == [
                .emailVerification("ann@acme.com"), .emailVerification("bad.bob@acme.com"),
                .emailVerification("carl@acme.com"),
            ]
        )
        #expect(writer.column("id") == (0..<7).map(String.init))
        #expect(
            writer.column("leadiq_status")
                == ["matched", "matched", "skipped", "matched", "skipped", "matched", "matched"]
        )
        #expect(writer.column("leadiq_reason") == ["", "", "no_email", "", "invalid_email", "", ""])
        #expect(
            writer.column("leadiq_email_status") == ["Verified", "Verified", "", "Invalid", "", "Verified", "Verified"]
        )
        #expect(writer.records[0].names == ["id", "email", "leadiq_status", "leadiq_reason", "leadiq_email_status"])
        #expect(summary.creditsEstimated == Credits(tenths: 3))
        #expect(summary.emailStatuses == ["Verified": 4, "Invalid": 1])
        #expect(summary.duplicates == 2 && summary.skipped == 2)
    }

    @Test func jsonLinesGetALeadIQObjectWithTheEmailStatus() async throws {
        let (writer, _) = try await enrich(
            emailRecords(["ann@acme.com"]), service: ScriptedLookupService(),
            configuration: self.verifyConfiguration(outputStyle: .nested)
        )
        #expect(writer.records[0]["leadiq.email_status"] == "Verified")
        #expect(writer.records[0]["leadiq.status"] == "matched")
    }

    @Test func theBudgetCountsATenthPerAddress() async throws {
        let service = ScriptedLookupService()
        let (writer, summary) = try await enrich(
            emailRecords(distinctEmails(8)), service: service,
            configuration: self.verifyConfiguration(maxCredits: Credits(tenths: 5))
        )
        #expect(service.lookups.count == 5)
        #expect(writer.column("leadiq_reason").suffix(3) == ["budget", "budget", "budget"])
        #expect(summary.creditsEstimated == Credits(tenths: 5) && summary.budgetExhausted)
    }

    @Test func theDryRunCountsAddressesAtATenth() throws {
        let records = emailRecords(distinctEmails(12) + ["PERSON3@acme.com", "", "nope"])
        let estimate = try DryRunEstimate(
            reader: ArrayRecordReader(records: records), configuration: self.verifyConfiguration()
        )
        #expect(estimate.emailVerifications == 12 && estimate.personLookups == 0 && estimate.uniqueLookups == 12)
        #expect(estimate.duplicates == 1 && estimate.skipped == 2 && estimate.requests == 12)
        #expect(estimate.maximumCredits == Credits(tenths: 12))
    }

    @Test func aVerificationNeverAnswersForAPersonLookupOfTheSameAddress() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-keys-\(UUID())")
        let store = try OutcomeStore(path: directory.appendingPathComponent("store.sqlite").path)
        let upstream = ScriptedLookupService()
        let service = StoredLookupService(
            upstream: upstream, scopes: [.init(store: store, name: "cache")], namespace: "n"
        )
        let verification = Lookup.emailVerification("ann@acme.com")
        let person = Lookup.person(SearchPeopleInput(email: "ann@acme.com"))

        let verified = try await service.lookUp([verification], selection: .default)
        let found = try await service.lookUp([person], selection: .default)
        // Stored under any selection, a verification is answered under every other.
        let again = try await service.lookUp([verification], selection: [.profile, .phone])
        let foundAgain = try await service.lookUp([person], selection: .default)

        #expect(upstream.lookups == [verification, person])
        #expect(verified.outcomes == [.emailVerification(EmailVerification(status: "Verified"))])
        #expect(again.outcomes == verified.outcomes && foundAgain.outcomes == found.outcomes)
        #expect(found.outcomes != verified.outcomes)
        #expect(try store.count(scope: "cache") == 2)
    }
}
