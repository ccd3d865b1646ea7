import LeadIQ
import RecordIO
import Testing

@testable import Enrichment

/// A record whose columns are named after the canonical fields, with a mapping that maps each to itself.
private func row(_ fields: [CanonicalField: String]) -> Record {
    let ordered = CanonicalField.allCases.filter { fields[$0] != nil }
    return Record(
        names: ordered.map(\.rawValue),
        values: ordered.map { fields[$0]! },
        position: SourcePosition(file: "in.csv", line: 2, index: 0)
    )
}

private let identityMapping = FieldMapping(
    columns: Dictionary(uniqueKeysWithValues: CanonicalField.allCases.map { ($0, $0.rawValue) })
)

private func match(_ fields: [CanonicalField: String], mode: MatchMode = .auto) -> MatchResult {
    RecordMatcher(mapping: identityMapping, mode: mode).match(row(fields))
}

private func person(_ input: SearchPeopleInput) -> MatchResult { .lookup(.person(input)) }
private func company(_ input: SearchCompanyInput) -> MatchResult { .lookup(.company(input)) }

@Suite struct LinkedInURLTests {
    @Test(arguments: [
        "https://www.linkedin.com/in/ann-smith",
        "linkedin.com/in/ann-smith",
        "www.linkedin.com/in/ann-smith/",
        "http://linkedin.com/in/ann-smith",
        "HTTPS://WWW.LINKEDIN.COM/in/Ann-Smith",
        "https://m.linkedin.com/in/ann-smith",
        "https://uk.linkedin.com/in/ann-smith?trk=public_profile",
        "https://de.linkedin.com/in/ann-smith/#experience",
        "https://www.linkedin.com/in/ann-smith/details/experience/",
        "  https://www.linkedin.com/in/ann-smith  ",
    ])
    func acceptsTheSpellingsOfOneProfile(_ text: String) {
        #expect(LinkedInURL.normalizedProfileURL(text) == "https://www.linkedin.com/in/ann-smith")
    }

    @Test func keepsNonLatinAndEncodedSlugs() {
        #expect(
            LinkedInURL.normalizedProfileURL("linkedin.com/in/jörg-müller") == "https://www.linkedin.com/in/jörg-müller"
        )
        #expect(
            LinkedInURL.normalizedProfileURL("linkedin.com/in/j%C3%B6rg") == "https://www.linkedin.com/in/j%c3%b6rg"
        )
    }

    @Test(arguments: [
        "https://www.linkedin.com/company/acme",
        "https://www.linkedin.com/pub/ann-smith/1/2/3",
        "https://www.linkedin.com/in/",
        "https://notlinkedin.com/in/ann-smith",
        "https://linkedin.com.evil.example/in/ann-smith",
        "ann-smith",
        "https://www.linkedin.com/in/ann smith",
        "",
    ])
    func rejectsWhatIsNotAProfile(_ text: String) {
        #expect(LinkedInURL.normalizedProfileURL(text) == nil)
    }
}

@Suite struct EmailAddressTests {
    @Test func trimsAndLowerCases() throws {
        let email = try #require(EmailAddress("  Ann.Smith+crm@Acme.COM \t"))
        #expect(email.normalized == "ann.smith+crm@acme.com")
        #expect(email.domain == "acme.com")
        #expect(EmailAddress("mailto:ann@acme.com")?.normalized == "ann@acme.com")
        #expect(EmailAddress("\u{00A0}ann@acme.com\u{2003}")?.normalized == "ann@acme.com")
        #expect(EmailAddress("o'neil_{x}=1@sub-1.acme.travel")?.domain == "sub-1.acme.travel")
    }

    @Test func limitsTheLengthOfTheLocalPartAndOfEachLabel() {
        let label = String(repeating: "a", count: 63)
        #expect(EmailAddress(String(repeating: "x", count: 64) + "@\(label).com") != nil)
        #expect(EmailAddress(String(repeating: "x", count: 65) + "@acme.com") == nil)
        #expect(EmailAddress("ann@\(label)a.com") == nil)
    }

    @Test(arguments: [
        "ann", "ann@", "@acme.com", "ann@acme", "ann@@acme.com", "ann smith@acme.com", "ann@acme..com",
        ".ann@acme.com", "ann.@acme.com", "an..n@acme.com", "ann@-acme.com", "ann@acme.c", "ann@acme.123",
        "ann@ac_me.com", "ann@acme.com, bob@acme.com", "ann@acme-.com", "ann@acme.co-m", "ann@acme.com.",
        "ännè@acme.com", "ann@acmé.com", "ann\r\n@acme.com", "ann@acme.c0m",
    ])
    func rejectsMalformedAddresses(_ text: String) {
        #expect(EmailAddress(text) == nil)
    }
}

@Suite struct WebDomainTests {
    @Test(arguments: [
        ("acme.com", "acme.com"),
        ("https://www.Acme.com/about?x=1", "acme.com"),
        ("http://acme.co.uk:8080", "acme.co.uk"),
        ("www.acme.io.", "acme.io"),
        ("shop.acme.com/", "shop.acme.com"),
        ("\tACME.Example-1.COM\u{00A0}", "acme.example-1.com"),
    ])
    func extractsTheDomain(_ text: String, _ domain: String) {
        #expect(WebDomain.normalized(fromWebsite: text) == domain)
    }

    @Test(arguments: ["acme", "https://", "not a domain", "http://localhost:8080", ".acme.com", "acme..com", "-.com"])
    func rejectsNonDomains(_ text: String) {
        #expect(WebDomain.normalized(fromWebsite: text) == nil)
    }

    @Test func knowsFreeMailProviders() {
        #expect(WebDomain.isFreeMail("gmail.com"))
        #expect(WebDomain.isFreeMail("yahoo.co.uk"))
        #expect(WebDomain.isFreeMail("hotmail.fr"))
        #expect(!WebDomain.isFreeMail("acme.com"))
        #expect(!WebDomain.isFreeMail("gmail-partners.com"))
    }
}

@Suite struct PersonNameTests {
    @Test func splitsFullNames() {
        #expect(PersonName(fullName: "Ann Smith") == PersonName(first: "Ann", last: "Smith"))
        #expect(PersonName(fullName: "Ann  Marie   Smith") == PersonName(first: "Ann", last: "Smith"))
        #expect(PersonName(fullName: "Smith, Ann") == PersonName(first: "Ann", last: "Smith"))
        #expect(PersonName(fullName: "Ann") == nil)
        #expect(PersonName(fullName: "a, b, c") == nil)
        #expect(PersonName(first: "Ann", last: " ") == nil)
    }
}

@Suite struct RecordMatcherTests {
    @Test func linkedinURLComesFirst() {
        let result = match([.linkedinURL: "linkedin.com/in/ann/", .email: "ann@acme.com", .leadiqPersonID: "p1"])
        #expect(result == person(SearchPeopleInput(linkedinUrl: "https://www.linkedin.com/in/ann")))
    }

    @Test func emailComesNext() {
        let result = match([.email: " Ann@Acme.com ", .firstName: "Ann", .lastName: "Smith", .companyName: "Acme"])
        #expect(result == person(SearchPeopleInput(email: "ann@acme.com")))
    }

    @Test func anInvalidLinkedinURLFallsBackToTheEmail() {
        let result = match([.linkedinURL: "https://www.linkedin.com/company/acme", .email: "ann@acme.com"])
        #expect(result == person(SearchPeopleInput(email: "ann@acme.com")))
    }

    @Test func nameWithCompanyNameAndWebsiteDomain() {
        let result = match([
            .firstName: "Ann", .lastName: "Smith", .companyName: "Acme  Corp", .companyDomain: "https://www.acme.com/",
        ])
        let expected = SearchPeopleInput(
            firstName: "Ann",
            lastName: "Smith",
            company: CompanyDetails(name: "Acme Corp", domain: "acme.com")
        )
        #expect(result == person(expected))
    }

    /// A split full name with a website domain, and first and last name with the domain of a malformed work email.
    @Test(arguments: [
        [CanonicalField.fullName: "Ann Marie Smith", .companyDomain: "acme.com"],
        [.email: "Ann Smith@Acme.com", .firstName: "Ann", .lastName: "Smith"],
    ])
    func nameWithADomainFromElsewhere(_ fields: [CanonicalField: String]) {
        let expected = SearchPeopleInput(firstName: "Ann", lastName: "Smith", company: CompanyDetails(domain: "acme.com"))
        #expect(match(fields) == person(expected))
    }

    @Test func neverTakesTheDomainOfAFreeMailAddress() {
        let result = match([.email: "ann smith@gmail.com", .firstName: "Ann", .lastName: "Smith"])
        #expect(result == .skipped(.invalidEmail))
    }

    @Test func personIDComesLast() {
        #expect(match([.leadiqPersonID: "p-42", .firstName: "Ann"]) == person(SearchPeopleInput(id: "p-42")))
        let result = match([.leadiqPersonID: "p-42", .firstName: "Ann", .lastName: "Smith", .companyName: "Acme"])
        #expect(
            result
                == person(SearchPeopleInput(firstName: "Ann", lastName: "Smith", company: CompanyDetails(name: "Acme")))
        )
    }

    @Test func companyOnlyRowsBecomeCompanyLookupsByTheirMostPreciseIdentifier() {
        #expect(match([.companyName: "Acme"]) == company(SearchCompanyInput(name: "Acme")))
        #expect(
            match([.companyName: "Acme", .companyDomain: "www.acme.com"])
                == company(SearchCompanyInput(domain: "acme.com"))
        )
        #expect(
            match([.companyName: "Acme", .companyDomain: "acme.com", .companyLinkedinID: "1234"])
                == company(SearchCompanyInput(linkedinId: "1234"))
        )
        #expect(match([.firstName: "Ann", .companyName: "Acme"]) == company(SearchCompanyInput(name: "Acme")))
    }

    @Test func peopleModeNeverLooksUpCompanies() {
        #expect(match([.companyName: "Acme"], mode: .people) == .skipped(.noPersonIdentifier))
        #expect(match([.firstName: "Ann", .lastName: "Smith"], mode: .people) == .skipped(.nameWithoutCompany))
        #expect(match([.email: "ann@acme.com"], mode: .people) == person(SearchPeopleInput(email: "ann@acme.com")))
    }

    @Test func companyModeLooksUpTheEmployer() {
        let result = match([.email: "ann@acme.com", .linkedinURL: "linkedin.com/in/ann"], mode: .company)
        #expect(result == company(SearchCompanyInput(domain: "acme.com")))
        #expect(match([.email: "ann@gmail.com"], mode: .company) == .skipped(.noCompanyIdentifier))
    }

    @Test func skipReasonNamesTheFirstUnusableIdentifier() {
        #expect(match([:]) == .skipped(.noIdentifier))
        #expect(match([.title: "CTO", .city: "Paris"]) == .skipped(.noIdentifier))
        #expect(match([.linkedinURL: "ann-smith", .email: "nope"]) == .skipped(.invalidLinkedinURL))
        #expect(match([.email: "nope", .firstName: "Ann", .lastName: "Smith"]) == .skipped(.invalidEmail))
        #expect(match([.fullName: "Ann Smith"]) == .skipped(.nameWithoutCompany))
        #expect(match([.email: "   "]) == .skipped(.noIdentifier))
    }

    @Test func spellingsOfOnePersonMakeEqualLookups() {
        #expect(match([.email: "ANN@acme.com "]) == match([.email: " ann@ACME.com"]))
        #expect(
            match([.linkedinURL: "http://uk.linkedin.com/in/Ann-Smith/"])
                == match([.linkedinURL: "https://www.linkedin.com/in/ann-smith?trk=x"])
        )
    }

    @Test func usesTheMappedColumns() {
        let record = Record(
            names: ["Work Email", "email"],
            values: ["ann@acme.com", "other@acme.com"],
            position: SourcePosition(file: "in.csv", line: 2, index: 0)
        )
        let matcher = RecordMatcher(mapping: FieldMapping(columns: [.email: "Work Email"]))
        #expect(matcher.match(record) == person(SearchPeopleInput(email: "ann@acme.com")))
    }
}
