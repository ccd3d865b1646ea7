import Foundation
import Testing

@testable import RecordIO

/// The CSV and JSON Lines readers scan a window of the input that refills as records are consumed; records that
/// straddle a refill must read exactly as they do when the whole input fits in the window.
@Suite struct ReadWindowTests {
    private struct Outcome: Equatable {
        var records: [Record] = []
        var issues: [ReadIssue] = []
        var error: RecordIOError?
    }

    private static func read(
        _ path: String, through makeReader: (ByteInput, @escaping ReadIssueHandler) -> any RecordReader
    )
        throws -> Outcome
    {
        var outcome = Outcome()
        var issues: [ReadIssue] = []
        var reader = makeReader(try ByteInput(path: path, encoding: nil)) { issues.append($0) }
        do {
            while let record = try reader.next() { outcome.records.append(record) }
        } catch let error as RecordIOError {
            outcome.error = error
        }
        outcome.issues = issues
        return outcome
    }

    /// The seed corpus of a fuzz target plus the awkward fixtures with `extensions`.
    private static func inputs(fuzzTarget: String, extensions: Set<String>) -> [String] {
        let directories = ["fuzz/\(fuzzTarget)", "awkward"].map { TestSupport.fixtures.appendingPathComponent($0) }
        return directories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension) }
                .map { directory.appendingPathComponent($0).path }
        }.sorted()
    }

    @Test(arguments: Self.inputs(fuzzTarget: "csv", extensions: ["csv", "tsv"]))
    func csvReadsTheSameThroughAnyWindow(path: String) throws {
        let read = { (capacity: Int) in
            try Self.read(path) { input, issues in
                CSVReader(
                    input: input, delimiter: CSVReader.detectDelimiter(in: input.prefix), hasHeader: true,
                    maxFieldBytes: 64, chunkCapacity: capacity, issues: issues)
            }
        }
        let whole = try read(ChunkBuffer.defaultCapacity)
        for capacity in 1...9 { #expect(try read(capacity) == whole, "window of \(capacity) bytes") }
    }

    @Test(arguments: Self.inputs(fuzzTarget: "jsonl", extensions: ["jsonl"]))
    func jsonLinesReadsTheSameThroughAnyWindow(path: String) throws {
        let read = { (capacity: Int) in
            try Self.read(path) { input, issues in
                JSONLinesReader(input: input, maxLineBytes: 256, chunkCapacity: capacity, issues: issues)
            }
        }
        let whole = try read(ChunkBuffer.defaultCapacity)
        for capacity in 1...9 { #expect(try read(capacity) == whole, "window of \(capacity) bytes") }
    }
}
