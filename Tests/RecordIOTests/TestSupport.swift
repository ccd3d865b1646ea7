import Foundation

@testable import RecordIO

/// Helpers shared by the RecordIO suites: fixture paths, scratch files, and reading a whole input.
enum TestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures")

    static func fixture(_ name: String) -> String {
        self.fixtures.appendingPathComponent(name).path
    }

    /// A new file in a fresh temporary directory holding `bytes`; its name keeps `name`'s extension.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("recordio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ name: String, _ text: String) throws -> String {
        try self.file(name, Array(text.utf8))
    }

    /// A path in a fresh temporary directory where nothing exists yet.
    static func outputPath(_ name: String) throws -> String {
        try self.file("unused", []).replacingOccurrences(of: "unused", with: name)
    }

    /// Every record and issue of an input, in order.
    static func readAll(_ path: String, _ options: ReadOptions = ReadOptions()) throws -> ([Record], [ReadIssue]) {
        var issues: [ReadIssue] = []
        var input = try RecordInput.open(path, options: options) { issues.append($0) }
        var records: [Record] = []
        while let record = try input.next() { records.append(record) }
        return (records, issues)
    }

    /// The error reading all of `path` throws, or `nil` when it reads cleanly.
    static func readError(_ path: String, _ options: ReadOptions = ReadOptions()) -> RecordIOError? {
        do {
            _ = try self.readAll(path, options)
            return nil
        } catch {
            return error as? RecordIOError
        }
    }

    /// What writing `records` to a new file of `name` produces.
    static func written(_ records: [Record], as name: String, _ options: WriteOptions = WriteOptions()) throws -> String {
        let path = try self.outputPath(name)
        var output = try RecordOutput.open(path, options: options)
        for record in records { try output.write(record) }
        try output.finish()
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static func record(_ pairs: KeyValuePairs<String, String>, line: Int = 2, index: Int = 0) -> Record {
        Record(
            names: pairs.map(\.key), values: pairs.map(\.value),
            position: SourcePosition(file: "test", line: line, index: index)
        )
    }
}
