import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// The same identifier in spellings LeadIQ treats as one finds the same person; misses are stable and free.
@Suite struct IdentifierTests {
    static let document = "query($input: SearchPeopleInput!) { searchPeople(input: $input) { totalResults results { id } } }"

    private func personID(_ client: some TestClientProtocol, _ input: String) async throws -> String? {
        let reply = try await SandboxWire.graphQL(client, Self.document, variables: #"{"input":\#(input)}"#)
        return reply.body["data"]["searchPeople"]["results"][0]["id"].string
    }

    @Test func linkedinURLSpellingsMeetOnOnePerson() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let plain = try await self.personID(client, #"{"linkedinUrl":"https://www.linkedin.com/in/jo-bloggs-77"}"#)
            let variant = try await self.personID(client, #"{"linkedinUrl":"http://LinkedIn.com/in/Jo-Bloggs-77/?trk=a"}"#)
            #expect(plain != nil)
            #expect(plain == variant)
        }
    }

    @Test func emailCaseDoesNotMatterButTheAddressDoes() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let lower = try await self.personID(client, #"{"email":"sam.rivera@northwind.com"}"#)
            let upper = try await self.personID(client, #"{"email":"Sam.Rivera@NORTHWIND.com"}"#)
            let other = try await self.personID(client, #"{"email":"sam.rivera2@northwind.com"}"#)
            #expect(lower == upper)
            #expect(lower != other || lower == nil)
        }
    }

    @Test func knownPeopleAreFoundByEveryIdentifier() async throws {
        let (application, _) = try SandboxWire.sandbox()
        let grace = KnownPeople.grace
        try await application.test(.router) { client in
            let inputs = [
                #"{"linkedinUrl":"\#(grace.linkedinUrl)"}"#,
                #"{"email":"\#(grace.email.uppercased())"}"#,
                #"{"firstName":"grace","lastName":"HOPPER","company":{"domain":"compilerworks.io"}}"#,
                #"{"fullName":"Grace Hopper","company":{"name":"Compiler Works"}}"#,
                #"{"id":"\#(grace.record.id!)"}"#,
            ]
            for input in inputs {
                let id = try await self.personID(client, input)
                #expect(id == grace.record.id, "\(input)")
            }
        }
    }

    @Test func aboutOneIdentifierInTenIsNotFound() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            var misses = 0
            for index in 0..<200 {
                if try await self.personID(client, #"{"email":"person\#(index)@globex.com"}"#) == nil {
                    misses += 1
                }
            }
            #expect((8...40).contains(misses))
            #expect(try await self.personID(client, #"{"email":"\#(KnownPeople.notFoundEmail)"}"#) == nil)
            #expect(try await self.personID(client, #"{"linkedinUrl":"\#(KnownPeople.notFoundLinkedinUrl)"}"#) == nil)
        }
    }
}
