import Foundation
import Testing

@testable import LeadIQ

@Suite struct APIKeyTests {
    static let secret = "leadiq-test-secret"
    static let base64 = Data(secret.utf8).base64EncodedString()

    @Test func headerValuesFollowEachAPIsScheme() throws {
        let key = try APIKey(Self.base64 + "\n")
        #expect(key.graphQLHeaderValue == "Basic \(Self.base64)")
        #expect(key.prospectorHeaderValue == Self.secret)
    }

    @Test func printingNeverRevealsTheKey() throws {
        let key = try APIKey(Self.base64)
        var dumped = ""
        dump(key, to: &dumped)
        for text in [key.description, key.debugDescription, "\(key)", String(reflecting: key), dumped] {
            #expect(!text.contains(Self.base64))
            #expect(!text.contains(Self.secret))
        }
    }

    @Test(arguments: ["", "   \n", "not base64!", Data([0xff, 0xfe]).base64EncodedString()])
    func rejectsTextThatIsNotABase64Key(_ text: String) {
        #expect(throws: LeadIQError.invalidAPIKey) { try APIKey(text) }
    }

    @Test func redactsBothFormsFromServerText() throws {
        let key = try APIKey(Self.base64)
        let text = key.redacting("bad key \(Self.base64) aka \(Self.secret)")
        #expect(text == "bad key <redacted> aka <redacted>")
    }
}
