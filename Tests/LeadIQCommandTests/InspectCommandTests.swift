import Testing

@Suite struct InspectCommandTests {
    @Test func showsFormatDelimiterEncodingCountAndMapping() async throws {
        let path = CommandRunner.fixture("awkward/semicolon-bom-crlf.csv")
        let result = try await CommandRunner.run(["inspect", path, "--map", "full_name=Notes"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("format:    csv"))
        #expect(lines.contains("delimiter: ';'"))
        #expect(lines.contains("encoding:  utf-8"))
        #expect(lines.contains("records:   2"))
        #expect(lines.contains("  email                ← Email"))
        #expect(lines.contains("  full_name            ← Notes"))
        #expect(lines.contains("  phone                (none)"))
        #expect(lines.contains("unmapped:  Name"))
    }

    @Test func showsADetectedUTF16Encoding() async throws {
        let result = try await CommandRunner.run(["inspect", CommandRunner.fixture("awkward/utf16.csv")])
        #expect(result.text.contains("encoding:  utf-16"))
        #expect(result.text.contains("delimiter: tab"))
    }
}
