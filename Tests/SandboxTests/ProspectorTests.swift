import HummingbirdTesting
import LeadIQ
import Sandbox
import Testing

/// Prospector REST is as strict as its OpenAPI document.
@Suite struct ProspectorTests {
    private static let ada = #"{"firstName":"Ada","lastName":"Lovelace","workEmail":"ada.lovelace@analyticalengines.com"}"#

    private func createList(_ client: some TestClientProtocol, _ name: String = "Q3 targets") async throws -> String {
        let reply = try await SandboxWire.rest(client, .post, "/v1/lists", body: #"{"name":"\#(name)"}"#)
        #expect(reply.status == .created)
        return try #require(reply.body["id"].string)
    }

    @Test func aListIsCreatedReadAndListed() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let id = try await self.createList(client)
            #expect(id.count == 24 && id.allSatisfy(\.isHexDigit))
            let read = try await SandboxWire.rest(client, .get, "/v1/lists/\(id)")
            #expect(read.body["name"].string == "Q3 targets")
            #expect(read.body["role"].string == "owner")
            let all = try await SandboxWire.rest(client, .get, "/v1/lists")
            #expect(all.body["items"].array.count == 1)
            #expect(all.body["nextCursor"] == .null)
            #expect(all.body.keys.contains("nextCursor"))
        }
        let counts = await stats.restRequests
        #expect(counts["POST /v1/lists"] == 1)
        #expect(counts["GET /v1/lists/{listId}"] == 1)
    }

    @Test func aDuplicateListNameIsAConflict() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            _ = try await self.createList(client)
            let again = try await SandboxWire.rest(client, .post, "/v1/lists", body: #"{"name":"Q3 targets"}"#)
            #expect(again.status == .conflict)
            #expect(again.body["code"].string == "list_name_taken")
        }
    }

    @Test(arguments: [
        #"{}"#, #"{"name":""}"#, #"{"name":42}"#, #"{"name":"x","owner":"me"}"#, #"["x"]"#, "not json",
    ])
    func aBadListBodyIs400(body: String) async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let reply = try await SandboxWire.rest(client, .post, "/v1/lists", body: body)
            #expect(reply.status == .badRequest)
            #expect(reply.body["code"].string == "invalid_body")
        }
    }

    @Test func unknownAndMalformedListIds() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let unknown = try await SandboxWire.rest(client, .get, "/v1/lists/0123456789abcdef01234567/prospects")
            #expect(unknown.status == .notFound)
            #expect(unknown.body["code"].string == "not_found")
            let add = try await SandboxWire.rest(
                client, .post, "/v1/lists/0123456789abcdef01234567/prospects", body: Self.ada)
            #expect(add.status == .notFound)
            let malformed = try await SandboxWire.rest(client, .get, "/v1/lists/not-an-id")
            #expect(malformed.status == .badRequest)
        }
    }

    @Test(arguments: [
        (#"{"firstName":"Ada"}"#, "lastName"),
        (#"{"firstName":"Ada","lastName":""}"#, "lastName"),
        (#"{"firstName":"Ada","lastName":"L","mobilePhone":"+1 555"}"#, "mobilePhone"),
        (#"{"firstName":"Ada","lastName":"L","title":7}"#, "title"),
        (#"{"firstName":"Ada","lastName":"L","seniority":"Intern"}"#, "seniority"),
        (#"{"firstName":"Ada","lastName":"L","emailStatus":"Invalid"}"#, "emailStatus"),
        (#"{"firstName":"Ada","lastName":"L","workEmail":"ada at example.com"}"#, "workEmail"),
        (#"{"firstName":"Ada","lastName":"L","linkedinUrl":"linkedin.com/in/ada"}"#, "linkedinUrl"),
        (#"{"firstName":"Ada","lastName":"L","location":{"planet":"Earth"}}"#, "location.planet"),
        (#"{"firstName":"Ada","lastName":"L","notes":"\#(String(repeating: "n", count: 5001))"}"#, "notes"),
    ])
    func anInvalidProspectIs422NamingTheProperty(body: String, property: String) async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let listID = try await application.test(.router) { client in
            let listID = try await self.createList(client)
            let reply = try await SandboxWire.rest(client, .post, "/v1/lists/\(listID)/prospects", body: body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.body["code"].string == "invalid_body")
            #expect(reply.body["details"].string == property)
            return listID
        }
        #expect(await stats.prospects(inList: listID).isEmpty)
    }

    @Test func aValidProspectIsSavedWithEveryPublishedProperty() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let listID = try await application.test(.router) { client in
            let listID = try await self.createList(client)
            let body = """
                {"firstName":"Ada","lastName":"Lovelace","workEmail":"ada.lovelace@analyticalengines.com",
                "phone":"+1 415 555 0100","title":"CEO","seniority":"Executive","function":"Executive",
                "company":"Analytical Engines","companyDomain":"analyticalengines.com","companyIndustry":"Hardware",
                "companyId":"c1","linkedinUrl":"https://www.linkedin.com/in/ada-lovelace-1815",
                "emailStatus":"Verified","location":{"city":"London","country":"United Kingdom"},
                "notes":"\(String(repeating: "n", count: 5000))","personId":"p1"}
                """
            let reply = try await SandboxWire.rest(client, .post, "/v1/lists/\(listID)/prospects", body: body)
            #expect(reply.status == .created)
            #expect(reply.body["listIds"] == .array([.string(listID)]))
            #expect(reply.body["company"]["domain"].string == "analyticalengines.com")
            #expect(reply.body["mobilePhones"][0]["value"].string == "+1 415 555 0100")
            return listID
        }
        let saved = await stats.prospects(inList: listID)
        #expect(saved.count == 1)
        #expect(saved.first?.emailStatus == "Verified")
        #expect(saved.first?.location?.city == "London")
    }

    @Test func aBatchOverAHundredIsRejectedWhole() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let listID = try await application.test(.router) { client in
            let listID = try await self.createList(client)
            let items = Array(repeating: Self.ada, count: 101).joined(separator: ",")
            let reply = try await SandboxWire.rest(
                client, .post, "/v1/lists/\(listID)/prospects/batch", body: "[\(items)]")
            #expect(reply.status == .badRequest)
            let empty = try await SandboxWire.rest(client, .post, "/v1/lists/\(listID)/prospects/batch", body: "[]")
            #expect(empty.status == .badRequest)
            let invalidItem = try await SandboxWire.rest(
                client, .post, "/v1/lists/\(listID)/prospects/batch",
                body: #"[\#(Self.ada),{"firstName":"B","lastName":"C","workEmail":"nope"}]"#)
            #expect(invalidItem.status == .badRequest)
            #expect(invalidItem.body["details"].string == "[1].workEmail")
            return listID
        }
        #expect(await stats.prospects(inList: listID).isEmpty)
    }

    @Test func aBatchReportsUndeliverableItemsByIndexAndSavesTheRest() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        let listID = try await application.test(.router) { client in
            let listID = try await self.createList(client)
            let body = """
                [\(Self.ada),{"firstName":"No","lastName":"Body","workEmail":"\(KnownPeople.notFoundEmail)"},
                {"firstName":"Grace","lastName":"Hopper"}]
                """
            let reply = try await SandboxWire.rest(client, .post, "/v1/lists/\(listID)/prospects/batch", body: body)
            #expect(reply.status == .ok)
            #expect(reply.body["succeeded"].array.map { $0["firstName"].string } == ["Ada", "Grace"])
            #expect(reply.body["failed"].array.map { $0["index"].int } == [1])
            return listID
        }
        #expect(await stats.prospects(inList: listID).count == 2)
    }

    @Test func pagingThrough250ProspectsReturnsEachOnce() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let listID = try await self.createList(client)
            for (batch, count) in [100, 100, 50].enumerated() {
                let items = (0..<count).map { index in
                    #"{"firstName":"P\#(batch)","lastName":"N\#(index)","workEmail":"p\#(batch).n\#(index)@globex.com"}"#
                }
                let reply = try await SandboxWire.rest(
                    client, .post, "/v1/lists/\(listID)/prospects/batch", body: "[\(items.joined(separator: ","))]")
                #expect(reply.body["succeeded"].array.count == count)
            }
            var seen: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let query = cursor.map { "?limit=100&cursor=\($0)" } ?? "?limit=100"
                let page = try await SandboxWire.rest(client, .get, "/v1/lists/\(listID)/prospects\(query)")
                #expect(page.status == .ok)
                seen += page.body["items"].array.compactMap { $0["id"].string }
                cursor = page.body["nextCursor"].string
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(seen.count == 250)
            #expect(Set(seen).count == 250)

            let firstPage = try await SandboxWire.rest(client, .get, "/v1/lists/\(listID)/prospects")
            #expect(firstPage.body["items"].array.count == 25)
        }
    }

    @Test(arguments: ["?limit=0", "?limit=101", "?limit=ten", "?cursor=xyz"])
    func badPagingParametersAre400(query: String) async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let listID = try await self.createList(client)
            let reply = try await SandboxWire.rest(client, .get, "/v1/lists/\(listID)/prospects\(query)")
            #expect(reply.status == .badRequest)
        }
    }

    @Test func prospectsAreFoundByEmailAcrossLists() async throws {
        let (application, _) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let first = try await self.createList(client, "one")
            let second = try await self.createList(client, "two")
            _ = try await SandboxWire.rest(client, .post, "/v1/lists/\(first)/prospects", body: Self.ada)
            _ = try await SandboxWire.rest(client, .post, "/v1/lists/\(second)/prospects", body: Self.ada)
            let found = try await SandboxWire.rest(
                client, .get, "/v1/prospects?email=Ada.Lovelace@analyticalengines.com")
            #expect(found.body["items"].array.count == 2)
            let mixed = try await SandboxWire.rest(client, .get, "/v1/prospects?email=a@b.com&firstName=A")
            #expect(mixed.status == .badRequest)
            let half = try await SandboxWire.rest(client, .get, "/v1/prospects?firstName=Ada")
            #expect(half.status == .badRequest)
        }
    }

    @Test func verifyEmailIsDeterministicAndCostsATenth() async throws {
        let (application, stats) = try SandboxWire.sandbox()
        try await application.test(.router) { client in
            let known = try await SandboxWire.rest(client, .get, "/v1/verify-email?email=ada@analyticalengines.com")
            #expect(known.body["status"].string == "Invalid")
            let first = try await SandboxWire.rest(client, .get, "/v1/verify-email?email=someone@globex.com")
            let second = try await SandboxWire.rest(client, .get, "/v1/verify-email?email=someone@globex.com")
            #expect(first.body == second.body)
            let malformed = try await SandboxWire.rest(client, .get, "/v1/verify-email?email=someone")
            #expect(malformed.status == .badRequest)
        }
        #expect(await stats.creditsUsed == Credits(tenths: 3))
    }
}
