import Foundation
import Testing

@testable import RecordIO

/// Input from strangers' exports: it must not read local files into records, expand without bound, exhaust memory, or
/// smuggle control characters into the files leadiq writes.
@Suite struct HostileInputTests {
    /// Everything a read produced (records, issues and the stopping error) as one text to search for leaked content.
    private static func everything(_ path: String) -> (text: String, error: RecordIOError?) {
        var issues: [ReadIssue] = []
        var records: [Record] = []
        var stop: RecordIOError?
        do {
            var input = try RecordInput.open(path) { issues.append($0) }
            while let record = try input.next() { records.append(record) }
        } catch {
            stop = error as? RecordIOError
        }
        let parts = records.flatMap { $0.names + $0.values } + issues.flatMap { [$0.message, $0.raw] }
        return ((parts + [stop?.description ?? ""]).joined(separator: "\n"), stop)
    }

    /// UTF-16 without a byte-order mark: libxml2 recognises it from `<?xml`, but a scan for ASCII bytes sees nothing.
    private static func utf16LittleEndian(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    struct Attack: Sendable, CustomTestStringConvertible {
        let name: String
        /// The document, given the URL of the file it tries to read.
        let document: @Sendable (String) -> [UInt8]
        let isRefused: Bool
        var testDescription: String { self.name }
    }

    static let attacks: [Attack] = [
        Attack(
            name: "external general entity",
            document: { Array("<!DOCTYPE r [<!ENTITY s SYSTEM \"\($0)\">]>\n<r><record><e>&s;</e></record></r>".utf8) },
            isRefused: true),
        Attack(
            name: "external parameter entity",
            document: {
                Array("<!DOCTYPE r [<!ENTITY % p SYSTEM \"\($0)\"> %p;]>\n<r><record><e>x</e></record></r>".utf8)
            },
            isRefused: true),
        Attack(
            name: "network entity",
            document: { _ in
                Array(
                    "<!DOCTYPE r [<!ENTITY s SYSTEM \"http://127.0.0.1:9/x\">]>\n<r><record><e>&s;</e></record></r>"
                        .utf8)
            },
            isRefused: true),
        Attack(
            name: "UTF-16 without a byte-order mark, past the byte-level guard",
            document: { url in
                let text =
                    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY s SYSTEM \"\(url)\">]>\n"
                    + "<r><record><e>&s;</e></record></r>"
                return Self.utf16LittleEndian(text)
            },
            isRefused: true),
        Attack(
            name: "external DTD subset",
            document: { Array("<!DOCTYPE r SYSTEM \"\($0)\">\n<r><record><e>x</e></record></r>".utf8) },
            isRefused: false),
        Attack(
            name: "XInclude",
            document: {
                Array(
                    ("<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><record><e><xi:include href=\"\($0)\" "
                        + "parse=\"text\"/></e></record></r>").utf8)
            },
            isRefused: false),
    ]

    @Test(arguments: Self.attacks)
    func xmlNeverReadsALocalFile(attack: Attack) throws {
        let secret = "LEADIQ-SECRET-\(UUID().uuidString)"
        let secretPath = try TestSupport.file("secret.txt", secret + "\n")
        let path = try TestSupport.file("attack.xml", attack.document("file://" + secretPath))
        let (text, error) = Self.everything(path)
        #expect(!text.contains(secret))
        #expect((error?.description.contains("declares entities in a DOCTYPE") ?? false) == attack.isRefused)
    }

    static let bombs: [(name: String, bytes: [UInt8])] = {
        let laughs = (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let billionLaughs =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY lol0 \"lol\">"
            + laughs.joined() + "]>\n<r><record><e>&lol9;</e></record></r>"
        let quadratic =
            "<!DOCTYPE r [<!ENTITY big \"" + String(repeating: "x", count: 100_000) + "\">]>\n<r><record><e>"
            + String(repeating: "&big;", count: 20_000) + "</e></record></r>"
        return [
            (
                "billion laughs in UTF-16 without a byte-order mark",
                Self.utf16LittleEndian(billionLaughs)
            ),
            ("quadratic blowup", Array(quadratic.utf8)),
        ]
    }()

    @Test(arguments: Self.bombs.indices)
    func xmlEntityBombIsRefusedInUnderASecond(index: Int) throws {
        let path = try TestSupport.file("bomb.xml", Self.bombs[index].bytes)
        var error: RecordIOError?
        let elapsed = ContinuousClock().measure { error = TestSupport.readError(path) }
        #expect(error?.description.contains("declares entities in a DOCTYPE") == true, "\(Self.bombs[index].name)")
        #expect(elapsed < .seconds(1), "\(Self.bombs[index].name)")
    }

    @Test func csvFieldOverTheDefaultLimitNamesItsLine() throws {
        let limit = ReadOptions().maxFieldBytes
        let path = try TestSupport.file(
            "long.csv", "a,b\n1,2\n3," + String(repeating: "x", count: limit + 1) + "\n4,5\n")
        let error = try #require(TestSupport.readError(path))
        #expect(error.description.hasPrefix("\(path):3: a field or line longer than \(limit) bytes"))
    }

    @Test func csvStrayQuoteSwallowingTheRestStopsAtTheLimitNamingItsLine() throws {
        let rows = (0..<2_000).map { "\($0),row \($0)\n" }.joined()
        let path = try TestSupport.file("stray.csv", "a,b\n1,\"oops\n" + rows)
        let error = try #require(TestSupport.readError(path, ReadOptions(maxFieldBytes: 1_000)))
        #expect(error.description.hasPrefix("\(path):2: a field or line longer than 1000 bytes"))
    }

    @Test func jsonLinesLineOverTheDefaultLimitNamesItsLine() throws {
        let limit = ReadOptions().maxFieldBytes
        let long = "{\"a\":\"" + String(repeating: "x", count: limit) + "\"}"
        let path = try TestSupport.file("long.jsonl", "{\"a\":\"1\"}\n\n" + long + "\n{\"a\":\"2\"}\n")
        let error = try #require(TestSupport.readError(path))
        #expect(error.description.hasPrefix("\(path):3: a field or line longer than \(limit) bytes"))
    }

    /// Every C0 control character, DEL and an ANSI colour sequence, alone, leading and inside a value.
    static let controlValues: [String] =
        (Array(0x00...0x1F) + [0x7F]).flatMap { code -> [String] in
            let control = String(Character(Unicode.Scalar(UInt8(code))))
            return [control, control + "lead", "in" + control + "side"]
        } + ["\u{1B}[31mred\u{1B}[0m", "\u{2028}\u{2029}"]

    private static func controlRecords() -> [Record] {
        Self.controlValues.enumerated().map { index, value in
            Record(
                names: ["id", "value"], values: ["\(index)", value],
                position: SourcePosition(file: "controls", line: index + 2, index: index))
        }
    }

    @Test func csvWriterKeepsControlCharactersInsideTheirCell() throws {
        let records = Self.controlRecords()
        let text = try TestSupport.written(records, as: "out.csv")
        let (back, issues) = try TestSupport.readAll(try TestSupport.file("back.csv", text))
        #expect(issues.isEmpty)
        // Tab and CR lead a formula in some spreadsheets, so those cells come back with the escaping apostrophe.
        let expected = Self.controlValues.map { [0x09, 0x0D].contains($0.utf8.first) ? "'" + $0 : $0 }
        #expect(back.map { $0["value"] } == expected)
        #expect(back.map { $0["id"] } == records.map { $0["id"] })
    }

    @Test func jsonLinesWriterEscapesEveryControlCharacter() throws {
        let records = Self.controlRecords()
        let text = try TestSupport.written(records, as: "out.jsonl")
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.count == records.count + 1)
        #expect(lines.dropLast().allSatisfy { $0.allSatisfy { $0 >= 0x20 } })
        let (back, issues) = try TestSupport.readAll(try TestSupport.file("back.jsonl", text))
        #expect(issues.isEmpty)
        #expect(back.map(\.values) == records.map(\.values))
    }
}
