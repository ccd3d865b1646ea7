import TestHelpers
import Testing

@testable import RecordIO

/// Random records → CSV writer → CSV reader → the same records, with the characters that make CSV hard.
@Suite struct CSVRoundTripTests {
    static let pieces = [
        "a", "Z", "0", " ", ",", ";", "\t", "|", "\"", "\"\"", "\n", "\r\n", "\r", "é", "ß", "Ω", "😀", "中文", "=", "+",
        "-", "@", "'", "\\", "x y",
    ]

    static func randomString(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomRecordsSurviveTheRoundTrip(seed: UInt64) throws {
        var generator = SeededGenerator(state: seed)
        let width = Int.random(in: 1...6, using: &generator)
        var names = (0..<width).map { "col\($0)" + Self.randomString(&generator) }
        names[0] = "id"
        let records = (0..<300).map { index in
            var values = (0..<width).map { _ in Self.randomString(&generator) }
            values[0] = width == 1 && index % 5 == 0 ? "" : values[0]
            return Record(names: names, values: values, position: SourcePosition(file: "random", line: 0, index: index))
        }
        let text = try TestSupport.written(records, as: "out.csv", WriteOptions(escapeFormulas: false))
        let path = try TestSupport.file("back.csv", text)
        let (back, issues) = try TestSupport.readAll(path, ReadOptions(delimiter: UInt8(ascii: ",")))
        #expect(issues.isEmpty)
        #expect(back.map(\.names) == records.map(\.names))
        #expect(back.map(\.values) == records.map(\.values))
    }
}
