import Testing

@testable import RecordIO

@Suite struct FieldMappingTests {
    @Test func mapsHubSpotHeaders() throws {
        let (records, _) = try TestSupport.readAll(TestSupport.fixture("contacts.csv"))
        let mapping = try FieldMapping.automatic(for: records[0].names)
        #expect(
            mapping.columns == [
                .firstName: "First Name", .lastName: "Last Name", .email: "Email", .title: "Job Title",
                .companyName: "Company Name", .companyDomain: "Company Domain Name", .linkedinURL: "LinkedIn URL",
                .phone: "Phone Number", .city: "City", .state: "State/Region", .country: "Country/Region",
            ])
        #expect(mapping.value(.email, in: records[5]) == "Farid.Haddad@Helix-Bio.IO")
    }

    @Test func mapsNestedJSONAndSalesforceXML() throws {
        let (json, _) = try TestSupport.readAll(TestSupport.fixture("contacts.jsonl"))
        let jsonMapping = try FieldMapping.automatic(for: json[0].names)
        #expect(jsonMapping.columns[.companyName] == "company.name")
        #expect(jsonMapping.columns[.companyDomain] == "company.domain")
        #expect(jsonMapping.columns[.city] == "location.city")

        let (xml, _) = try TestSupport.readAll(TestSupport.fixture("contacts.xml"))
        let xmlMapping = try FieldMapping.automatic(for: xml[0].names)
        #expect(xmlMapping.columns[.companyName] == "Account.Name")
        #expect(xmlMapping.columns[.companyDomain] == "Account.Website")
        #expect(xmlMapping.columns[.linkedinURL] == "LinkedInURL")
        #expect(xmlMapping.columns[.state] == "MailingState")
    }

    @Test(arguments: [
        (["Email Address", "Person Linkedin Url", "Account Name", "Website"], CanonicalField.email, "Email Address"),
        (["E-mail", "LinkedIn Profile"], .linkedinURL, "LinkedIn Profile"),
        (["Work Email", "Company Name for Emails"], .companyName, "Company Name for Emails"),
        (["Person - Name", "Organization - Name", "Person - Email - Work"], .email, "Person - Email - Work"),
        (["Person - Name", "Organization - Name"], .fullName, "Person - Name"),
        (["Account Name", "Website"], .companyDomain, "Website"),
        (["Mailing State/Province", "Mailing Country"], .state, "Mailing State/Province"),
    ])
    func recognisesVendorSpellings(names: [String], field: CanonicalField, column: String) throws {
        #expect(try FieldMapping.automatic(for: names).columns[field] == column)
    }

    @Test func overridesWinAndUnknownColumnsAreRefused() throws {
        let names = ["Email", "Work E-mail", "Name"]
        let mapping = try FieldMapping.automatic(for: names, overrides: [.email: "work e-mail"])
        #expect(mapping.columns[.email] == "Work E-mail")
        #expect(mapping.columns[.fullName] == "Name")
        #expect(throws: RecordIOError.self) {
            try FieldMapping.automatic(for: names, overrides: [.email: "Nope"], file: "in.csv")
        }
    }

    @Test func canonicalRecordKeepsOnlyMappedFields() throws {
        let record = TestSupport.record(["Notes": "x", "E-mail": "a@b.co", "Name": "Ann"])
        let canonical = try FieldMapping.automatic(for: record.names).canonicalRecord(from: record)
        #expect(canonical.names == ["full_name", "email"])
        #expect(canonical.values == ["Ann", "a@b.co"])
    }
}

@Suite struct PerRecordFieldMappingTests {
    @Test func eachRecordIsMappedFromItsOwnNamesWithTheOverridesItHas() {
        let mapping = FieldMapping.perRecord(overrides: [.email: "contact"])
        let first = TestSupport.record(["name": "Nobody"])
        let second = TestSupport.record(["contact": "a@x.co", "name": "Ann Lee"])
        let third = TestSupport.record(["Email": "b@x.co"])
        #expect(mapping.resolved(for: first).columns == [.fullName: "name"])
        #expect(mapping.resolved(for: second).columns == [.email: "contact", .fullName: "name"])
        #expect(mapping.resolved(for: third).columns == [.email: "Email"])
        #expect(mapping.canonicalRecord(from: second).names == ["full_name", "email"])
    }
}
