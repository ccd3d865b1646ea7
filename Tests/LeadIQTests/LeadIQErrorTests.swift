import Testing

@testable import LeadIQ

@Suite struct LeadIQErrorTests {
    @Test(arguments: [
        (401, LeadIQError.unauthorized), (402, LeadIQError.insufficientCredits), (404, LeadIQError.notFound),
        (409, LeadIQError.conflict), (429, LeadIQError.rateLimited), (500, LeadIQError.server),
        (503, LeadIQError.server),
        (400, LeadIQError.badRequest), (413, LeadIQError.badRequest), (422, LeadIQError.badRequest),
    ])
    func statusesMapToKinds(status: Int, expected: LeadIQError) {
        #expect(LeadIQError.forStatus(status) == expected)
        #expect(LeadIQError.forStatus(status)?.httpStatus == status)
    }

    @Test func successIsNoError() {
        #expect(LeadIQError.forStatus(200) == nil)
        #expect(LeadIQError.forStatus(201) == nil)
    }

    @Test func kindsCompareWithoutTheirDetails() {
        let error = LeadIQError.server.with(httpStatus: 502, detail: "upstream")
        #expect(error == .server)
        #expect(error != .transport)
        #expect("\(error)".contains("HTTP 502"))
        #expect("\(error)".contains("upstream"))
        #expect(!"\(LeadIQError.unauthorized.with(detail: "Invalid API key."))".contains(".."))
    }

    @Test func everyMessageSaysWhatToDo() {
        let kinds: [LeadIQError] = [
            .missingAPIKey, .invalidAPIKey, .unauthorized, .insufficientCredits, .rateLimited, .server, .transport,
            .badRequest, .notFound, .conflict, .invalidInput,
        ]
        for kind in kinds {
            let text = kind.description
            let advises = ["Set", "Copy", "Check", "See", "Lower", "Try", "Correct", "Choose", "Fix"].contains {
                text.contains($0)
            }
            #expect(advises, "\(text)")
        }
    }
}
