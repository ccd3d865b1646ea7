import Foundation
import Synchronization
import Testing

@testable import RecordIO

@Suite struct XMLReaderTests {
    @Test func readsFieldsAttributesNestingCDATAAndEntities() throws {
        let path = TestSupport.fixture("awkward/namespaced.xml")
        let (records, _) = try TestSupport.readAll(path, ReadOptions(recordElement: "person"))
        #expect(records.count == 2)
        #expect(
            records[0].names == [
                "id", "email", "name", "company", "address.city", "address.country.code", "address.country", "phone",
            ])
        #expect(
            records[0].values == ["p1", "ann@example.com", "Ann <Annie> & Co", "Smith & Jones é", "Oslo", "NO", "Norway", ""])
        #expect(records[0].position.line == 5)
        #expect(records[1].values == ["p2", "bob@example.com"])
        #expect(records[1].position.index == 1)
    }

    @Test func takesEachChildOfTheRootByDefault() throws {
        let (records, _) = try TestSupport.readAll(TestSupport.fixture("contacts.xml"))
        #expect(records.count == 25)
        #expect(records[0]["Account.Name"] == "Northwind Analytics")
        #expect(records[0]["Stage"] == "customer")
    }

    /// Without --record-element the root's children are the records, and here one of them holds both people: each
    /// repeated name is kept, and said once, with what to do, as a JSON Lines reader would keep only the last.
    @Test func namesRepeatedInsideARecordAreKeptAndReportedOnce() throws {
        let path = TestSupport.fixture("awkward/namespaced.xml")
        let (records, issues) = try TestSupport.readAll(path)
        #expect(records.map(\.names.count) == [1, 10])
        #expect(records[1].names.filter { $0 == "person.id" }.count == 2)
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .warning)
        #expect(issues.first?.position.line == 4)
        #expect(issues.first?.message.hasPrefix("person.id, person.email come more than once in this record") == true)
        #expect(issues.first?.message.hasSuffix("name it with --record-element") == true)
    }

    @Test func truncatedDocumentNamesTheLine() throws {
        let path = TestSupport.fixture("awkward/truncated.xml")
        let error = try #require(TestSupport.readError(path))
        #expect(error.description.hasPrefix("\(path):8: malformed XML: "))
        #expect(error.description.hasSuffix("; fix the document (is it truncated?)"))
    }

    @Test func refusesExternalEntitiesWithoutLeakingTheFile() throws {
        let path = TestSupport.fixture("awkward/xxe.xml")
        var records: [Record] = []
        let error = try #require(
            throws: RecordIOError.self,
            performing: {
                var input = try RecordInput.open(path)
                while let record = try input.next() { records.append(record) }
            })
        #expect(records.isEmpty)
        #expect(!error.description.contains("root:"))
        #expect(error.description.hasPrefix("\(path):3: the document declares entities in a DOCTYPE"))
    }

    @Test func refusesAnEntityBombQuickly() throws {
        let path = TestSupport.fixture("awkward/billion-laughs.xml")
        let clock = ContinuousClock()
        var error: RecordIOError?
        let elapsed = clock.measure { error = TestSupport.readError(path) }
        #expect(error?.description.contains("declares entities in a DOCTYPE") == true)
        #expect(elapsed < .milliseconds(500))
    }

    /// A record element holding only text is the field; it came out as an empty record. A blank file has no records;
    /// libxml2 called it malformed ("Extra content at the end of the document").
    @Test func aRecordOfTextAloneIsItsOwnFieldAndABlankFileHasNone() throws {
        let text = "<emails>\n <email>a@x.co</email>\n <email type=\"work\">b@x.co</email>\n <email>  </email>\n</emails>\n"
        let (records, _) = try TestSupport.readAll(try TestSupport.file("emails.xml", text))
        #expect(records.map(\.names) == [["email"], ["type", "email"], []])
        #expect(records.map(\.values) == [["a@x.co"], ["work", "b@x.co"], []])
        let (none, _) = try TestSupport.readAll(try TestSupport.file("blank.xml", " \n"), ReadOptions(format: .xml))
        #expect(none.isEmpty)
    }

    @Test func writerOutputReadsBackTheSameRecords() throws {
        let (records, _) = try TestSupport.readAll(TestSupport.fixture("contacts.xml"))
        let text = try TestSupport.written(records, as: "out.xml")
        let (back, _) = try TestSupport.readAll(try TestSupport.file("back.xml", text))
        #expect(back.map(\.names) == records.map(\.names))
        #expect(back.map(\.values) == records.map(\.values))
    }

    @Test func writerEscapesMarkupAndSanitisesNames() throws {
        let record = TestSupport.record(["First Name": "<Ann> & \"Co\"", "2nd": "a\r\nb", "job.title": "CTO"])
        let renamed = Mutex<[String]>([])
        var options = WriteOptions()
        options.renamedField = { name, writtenAs, _ in renamed.withLock { $0.append("\(name) → \(writtenAs)") } }
        let text = try TestSupport.written([record, record], as: "out.xml", options)
        #expect(renamed.withLock { $0 } == ["First Name → First_Name", "2nd → _2nd"])
        #expect(text.contains("<First_Name>&lt;Ann&gt; &amp; \"Co\"</First_Name>"))
        #expect(text.contains("<_2nd>a&#13;\nb</_2nd>"))
        let (back, _) = try TestSupport.readAll(try TestSupport.file("back.xml", text))
        #expect(back[0].values == ["<Ann> & \"Co\"", "a\r\nb", "CTO"])
    }
}
