import Foundation
import Testing

@testable import LeadIQ

@Suite struct ProspectValidationTests {
    @Test func aCompleteProspectHasNoProblems() {
        let input = ProspectInput(
            firstName: "Ada", lastName: "Lovelace", workEmail: "ada.lovelace+crm@analytical-engines.co.uk",
            phone: "+44 20 0000 0000", title: "CTO", seniority: .executive, companyDomain: "analytical-engines.co.uk",
            linkedinUrl: "https://www.linkedin.com/in/ada", emailStatus: .verified,
            notes: String(repeating: "n", count: ProspectInput.maxNotesLength)
        )
        #expect(input.validationProblems().isEmpty)
    }

    @Test func reportsEveryBrokenConstraintByName() {
        let input = ProspectInput(
            firstName: " ", lastName: "", workEmail: "ada@", phone: "", title: "", companyId: "",
            linkedinUrl: "linkedin.com/in/ada", notes: String(repeating: "é", count: ProspectInput.maxNotesLength + 1)
        )
        let problems = input.validationProblems().joined(separator: "\n")
        for name in ["firstName", "lastName", "workEmail", "phone", "title", "companyId", "linkedinUrl", "notes"] {
            #expect(problems.contains(name), "no problem named \(name)")
        }
    }

    @Test(arguments: [
        "a@b.co", "first.last@example.com", "o'neil@example.ie", "x+tag@sub.example.org",
        "user_1@xn--bcher-kva.example",
    ])
    func acceptsAddresses(_ email: String) {
        #expect(WireFormat.isEmail(email))
    }

    @Test(arguments: [
        "", "plain", "@example.com", "a@", "a@b", "a..b@example.com", ".a@example.com", "a b@example.com",
        "a@-example.com", "a@example..com", "a@example.123", "ü@example.com", "a@exa_mple.com",
    ])
    func rejectsAddresses(_ email: String) {
        #expect(!WireFormat.isEmail(email))
    }

    @Test func linkedinURLMustBeAbsoluteHTTP() {
        #expect(WireFormat.isHTTPURL("https://www.linkedin.com/in/ada"))
        #expect(WireFormat.isHTTPURL("http://linkedin.com/in/ada"))
        for bad in ["www.linkedin.com/in/ada", "ftp://linkedin.com/in/ada", "https://", "https://x.com/a b", "/in/ada"]
        {
            #expect(!WireFormat.isHTTPURL(bad), "\(bad)")
        }
    }

    @Test func listInputLimits() {
        #expect(ListInput(name: "Q3 leads").validationProblems().isEmpty)
        #expect(!ListInput(name: "").validationProblems().isEmpty)
        #expect(!ListInput(name: String(repeating: "x", count: 201)).validationProblems().isEmpty)
        #expect(!ListInput(name: "x", description: String(repeating: "d", count: 2_001)).validationProblems().isEmpty)
    }

    @Test func encodingOmitsAbsentPropertiesSoNoUnknownOrNullIsSent() throws {
        let data = try JSONEncoder().encode(ProspectInput(firstName: "Ada", lastName: "Lovelace", seniority: .vp))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object == ["firstName": "Ada", "lastName": "Lovelace", "seniority": "VP"])
    }

    @Test func errorResponseDetailsDecodeAnyJSON() throws {
        let bodies = [
            #"{"code":"invalid_body","message":"bad","details":[{"path":"/0/workEmail","issue":"format"}]}"#,
            #"{"code":"invalid_body","message":"bad","details":"text"}"#,
            #"{"code":"invalid_body","message":"bad","details":null}"#,
            #"{"code":"invalid_body","message":"bad","details":{"max":100,"ok":false}}"#,
            #"{"code":"invalid_body","message":"bad"}"#,
        ]
        let decoded = try bodies.map { try JSONDecoder().decode(ErrorResponse.self, from: Data($0.utf8)) }
        #expect(decoded[0].details == .array([.object(["path": "/0/workEmail", "issue": "format"])]))
        #expect(decoded[1].details == "text")
        #expect(decoded[2].details == nil || decoded[2].details == .null)
        #expect(decoded[3].details?.description == #"{"max":100,"ok":false}"#)
        #expect(decoded[4].details == nil)
    }
}
