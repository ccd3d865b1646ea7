import Testing

@testable import RecordIO

@Suite struct JSONLinesTests {
    @Test func flattensObjectsKeepsLiteralsAndRejectsNonObjectLines() throws {
        let path = TestSupport.fixture("awkward/mixed.jsonl")
        let (records, issues) = try TestSupport.readAll(path)
        #expect(records.count == 2)
        #expect(
            records[0].names == [
                "email", "tags", "score", "active", "manager", "person.name", "person.address.city", "prefs",
            ])
        #expect(records[0].values == ["ann@example.com", "[\"a\",\"b\"]", "4.5", "true", "", "Ann", "Oslo", "{}"])
        #expect(records[0].jsonLiterals == [1, 2, 3, 4, 7])
        #expect(records[1].values == ["bob@example.com", "Bob \"B\" é😀"])
        #expect(records[1].position == SourcePosition(file: path, line: 6, index: 1))

        #expect(issues.map(\.kind) == [.rejected, .rejected])
        #expect(issues.map(\.position.line) == [3, 4])
        #expect(issues[0].message == "the line is not a JSON object (each line must be one {…} object)")
        #expect(issues[0].raw == "[1,2,3]")
        #expect(issues[1].message == "invalid JSON at column 18: unterminated string")
    }

    @Test func jsonLinesRoundTripKeepsNestingAndTypes() throws {
        let path = TestSupport.fixture("awkward/mixed.jsonl")
        let (records, _) = try TestSupport.readAll(path)
        let text = try TestSupport.written(records, as: "out.jsonl")
        #expect(
            text == """
                {"email":"ann@example.com","tags":["a","b"],"score":4.5,"active":true,"manager":null,\
                "person":{"name":"Ann","address":{"city":"Oslo"}},"prefs":{}}
                {"email":"bob@example.com","name":"Bob \\"B\\" é😀"}

                """)
    }

    @Test func appendedDottedFieldsBecomeANestedObject() throws {
        var record = TestSupport.record(["email": "a@b.co", "phone": "1", "phone.type": "work"])
        record.append("leadiq.status", "matched")
        record.append("leadiq.work_email", "ann@acme.com")
        record.append("leadiq.credits", json: "3")
        let text = try TestSupport.written([record], as: "out.jsonl")
        #expect(
            text == """
                {"email":"a@b.co","phone":"1","phone.type":"work",\
                "leadiq":{"status":"matched","work_email":"ann@acme.com","credits":3}}

                """)
    }

    @Test func escapesControlCharacters() throws {
        let record = TestSupport.record(["k\"ey": "tab\there\nnl\u{01}\\"])
        #expect(try TestSupport.written([record], as: "out.jsonl") == "{\"k\\\"ey\":\"tab\\there\\nnl\\u0001\\\\\"}\n")
    }

    @Test func refusesALineLongerThanTheLimit() throws {
        let path = try TestSupport.file("in.jsonl", "{\"a\":1}\n{\"a\":\"" + String(repeating: "x", count: 200) + "\"}\n")
        let error = try #require(TestSupport.readError(path, ReadOptions(maxFieldBytes: 100)))
        #expect(error.position?.line == 2)
    }
}
