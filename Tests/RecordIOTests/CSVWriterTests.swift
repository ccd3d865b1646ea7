import Foundation
import Synchronization
import Testing

@testable import RecordIO

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsIt() throws {
        let record = TestSupport.record(["Name": "Smith, Jones", "Title": "Head of \"Growth\"", "Note": "a\nb", "Plain": "x"])
        let text = try TestSupport.written([record], as: "out.csv")
        #expect(text == "Name,Title,Note,Plain\n\"Smith, Jones\",\"Head of \"\"Growth\"\"\",\"a\nb\",x\n")
    }

    @Test func escapesFormulasButNotPhoneNumbers() throws {
        let cells = ["=HYPERLINK(\"x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3+cmd", "\tx", "+1 (415) 555-0134", "-42.5", "a=b"]
        let record = Record(
            names: cells.indices.map { "c\($0)" }, values: cells, position: SourcePosition(file: "t", line: 2, index: 0))
        let escaped = try TestSupport.written([record], as: "out.csv")
        #expect(
            escaped.split(separator: "\n")[1]
                == "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+cmd|' /C calc'!A0,'-2+3+cmd,'\tx,+1 (415) 555-0134,-42.5,a=b")
        let raw = try TestSupport.written([record], as: "out.csv", WriteOptions(escapeFormulas: false))
        #expect(raw.split(separator: "\n")[1].hasPrefix("\"=HYPERLINK(\"\"x\"\")\",@SUM(A1),+cmd"))
    }

    @Test func writesABOMForExcelAndTabsForTSV() throws {
        let record = TestSupport.record(["a": "1", "b": "2"])
        let withBOM = try TestSupport.written([record], as: "out.csv", WriteOptions(byteOrderMark: true))
        #expect(Array(withBOM.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try TestSupport.written([record], as: "out.tsv") == "a\tb\n1\t2\n")
    }

    @Test func placesFieldsByNameAndKeepsOnesTheHeaderLacks() throws {
        let first = TestSupport.record(["a": "1", "b": "2"])
        let reordered = TestSupport.record(["b": "4", "a": "3"])
        let short = TestSupport.record(["b": "6"])
        let extra = TestSupport.record(["c": "7", "a": "5"])
        let text = try TestSupport.written([first, reordered, short, extra], as: "out.csv")
        #expect(text == "a,b\n1,2\n3,4\n,6\n5,,7\n")
    }

    /// A field the header has no column for is said, once per name, with the first record that has it: written
    /// unnamed after the last column, it would otherwise pass silently.
    @Test func fieldsTheHeaderLacksAreToldOncePerName() throws {
        let told = Mutex<[String]>([])
        var options = WriteOptions()
        options.unnamedField = { field, record, output in
            told.withLock { $0.append("\(field) \(record) \(URL(fileURLWithPath: output).lastPathComponent)") }
        }
        let records = [
            TestSupport.record(["a": "1"], line: 2), TestSupport.record(["a": "2", "b": "x"], line: 3),
            TestSupport.record(["b": "y"], line: 4), TestSupport.record(["c": "z", "b": "w"], line: 5),
        ]
        let text = try TestSupport.written(records, as: "told.csv", options)
        #expect(text == "a\n1\n2,x\n,y\n,z,w\n")
        #expect(told.withLock { $0 } == ["b test:3 told.csv", "c test:5 told.csv"])
    }
}
