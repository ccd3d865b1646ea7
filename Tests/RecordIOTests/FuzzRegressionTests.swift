import Foundation
import Testing

@testable import RecordIO

/// One test per input the fuzzers (`bench/fuzz.sh`) failed on; each input is kept in the seed corpus under
/// `fixtures/fuzz/`, so every fuzz run replays it too.
@Suite struct FuzzRegressionTests {
    /// This process's resident memory in bytes, from `/proc/self/statm`.
    private static func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(fields[1])) * Int(getpagesize())
    }

    /// Found by the XML target as a leak (`fixtures/fuzz/xml/external-dtd.xml`): checking a DOCTYPE for entity
    /// declarations took the document from libxml2's reader, which then never freed it, DOCTYPE included.
    @Test func xmlWithADoctypeIsFreedAfterReading() throws {
        let (records, issues) = try TestSupport.readAll(TestSupport.fixture("fuzz/xml/external-dtd.xml"))
        #expect(records.map(\.values) == [["x"]])
        #expect(issues.isEmpty)

        // A DOCTYPE of a few thousand element declarations: leaking it costs about half a megabyte a document.
        let declarations = (0..<2_500).map { "<!ELEMENT element\($0) (#PCDATA)>" }.joined(separator: "\n")
        let path = try TestSupport.file(
            "doctype.xml", "<!DOCTYPE records [\n\(declarations)\n]>\n<records><record><e>1</e></record></records>\n")
        // 50 measured readings would leak about 25 MB; a debug build scans each prolog byte by byte, so keep it short.
        let readings = 60
        var baseline = 0
        for reading in 0..<readings {
            if reading == 10 { baseline = try Self.residentBytes() }
            let (records, _) = try TestSupport.readAll(path)
            #expect(records.count == 1)
        }
        #expect(try Self.residentBytes() - baseline < 16 << 20)
    }
}
