import Foundation
import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

@Suite struct ProspectMapperTests {
    private func map(_ fields: [String: String]) throws -> MappedProspect {
        let names = fields.keys.sorted()
        let record = Record(
            names: names, values: names.map { fields[$0]! },
            position: SourcePosition(file: "in.csv", line: 2, index: 0)
        )
        return try ProspectMapper(names: names).map(record)
    }

    private func prospect(_ fields: [String: String]) throws -> (ProspectInput, [String]) {
        guard case .prospect(let input, let notes) = try self.map(fields) else {
            Issue.record("expected a prospect from \(fields)")
            throw CancellationError()
        }
        return (input, notes)
    }

    @Test func separateNamesAndContactFieldsGoAsTheyAre() throws {
        let (input, notes) = try self.prospect([
            "First Name": "Ann", "Last Name": "Lee", "Email": "Ann.Lee@Acme.com", "Title": "CFO",
            "Company": "Acme", "Website": "https://www.acme.com/about", "City": "Boston", "Country": "US",
        ])
        #expect(
            input
                == ProspectInput(
                    firstName: "Ann", lastName: "Lee", workEmail: "ann.lee@acme.com", title: "CFO",
                    company: "Acme",
                    companyDomain: "acme.com", location: ProspectLocation(city: "Boston", country: "US")
                )
        )
        #expect(notes.isEmpty)
    }

    @Test(arguments: [
        ("Ann Marie Smith", "Ann Marie", "Smith"), ("Smith, Ann", "Ann", "Smith"),
        ("  Bo   Li ", "Bo", "Li"),
    ])
    func aFullNameIsSplit(full: String, first: String, last: String) throws {
        let (input, notes) = try self.prospect(["Name": full])
        #expect(input.firstName == first)
        #expect(input.lastName == last)
        #expect(notes == ["name split from '\(full.trimmingCharacters(in: .whitespaces))'"])
    }

    @Test func rowsThatCannotBeValidAreSkippedWithTheReason() throws {
        #expect(
            try self.map(["Name": "Cher"])
                == .skipped(reason: "no first and last name: 'Cher' is a single word"))
        #expect(
            try self.map(["Email": "a@b.com"])
                == .skipped(reason: "no first and last name (LeadIQ requires both)"))
        #expect(
            try self.map(["Name": "Ann Lee", "Email": "ann at acme"])
                == .skipped(reason: "work email 'ann at acme' is not an email address")
        )
        #expect(
            try self.map(["Name": "Ann Lee", "LinkedIn": "not a url"])
                == .skipped(reason: "LinkedIn URL 'not a url' is not an http(s) URL")
        )
    }

    @Test(arguments: [
        ("Vice President", ProspectSeniority.vp), ("SVP", .vp), ("vp", .vp), ("Head of", .director),
        ("Director", .director), ("C-Level", .executive), ("CXO", .executive), ("Mgr", .manager),
        ("Senior Individual Contributor", .seniorIndividualContributor), ("Entry", .other),
    ])
    func senioritySpellingsBecomeTheEnum(spelling: String, expected: ProspectSeniority) throws {
        #expect(try self.prospect(["Name": "Ann Lee", "Seniority": spelling]).0.seniority == expected)
    }

    @Test func unknownSeniorityAndEmailStatusAreLeftOutWithANote() throws {
        let (input, notes) = try self.prospect([
            "Name": "Ann Lee", "Seniority": "Wizard", "Email Status": "Invalid",
        ])
        #expect(input.seniority == nil)
        #expect(input.emailStatus == nil)
        #expect(notes.contains("seniority 'Wizard' left out: not a LeadIQ seniority"))
        #expect(notes.contains("email status 'Invalid' left out: not a LeadIQ status"))
    }

    @Test(arguments: [
        ("verified", ProspectEmailStatus.verified), ("Verified Likely", .verifiedLikely),
        ("unverified", .unverified),
    ])
    func emailStatusSpellingsBecomeTheEnum(spelling: String, expected: ProspectEmailStatus) throws {
        #expect(
            try self.prospect(["Name": "Ann Lee", "Email Status": spelling]).0.emailStatus == expected)
    }

    @Test func fixableIdentifiersAreFixed() throws {
        let (input, _) = try self.prospect([
            "Name": "Ann Lee", "Email": " mailto:ANN@ACME.COM ", "LinkedIn": "linkedin.com/in/Ann-Lee/",
        ])
        #expect(input.workEmail == "ann@acme.com")
        #expect(input.linkedinUrl == "https://www.linkedin.com/in/ann-lee")
    }

    @Test func longNotesAreCutToTheLimit() throws {
        let (input, notes) = try self.prospect([
            "Name": "Ann Lee", "Notes": String(repeating: "é", count: 6_000),
        ])
        #expect(input.notes?.unicodeScalars.count == ProspectInput.maxNotesLength)
        #expect(notes.contains("notes cut from 6000 to 5000 characters"))
        #expect(input.validationProblems().isEmpty)
    }
}
