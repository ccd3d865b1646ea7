import Foundation
import RecordIO

/// Reads records from memory, reporting a rejected row wherever the script says, and counting how far it has read.
struct ArrayRecordReader: RecordReader {
    private var rows: [Row]
    private var cursor = 0
    private let issues: ReadIssueHandler?
    let progress: ReadProgress

    enum Row {
        case record(Record)
        case issue(ReadIssue)
    }

    init(_ rows: [Row], issues: ReadIssueHandler? = nil, progress: ReadProgress = ReadProgress()) {
        self.rows = rows
        self.issues = issues
        self.progress = progress
    }

    init(records: [Record], progress: ReadProgress = ReadProgress()) {
        self.init(records.map(Row.record), progress: progress)
    }

    mutating func next() throws -> Record? {
        while self.cursor < self.rows.count {
            let row = self.rows[self.cursor]
            self.cursor += 1
            switch row {
            case .record(let record):
                self.progress.read()
                return record
            case .issue(let issue):
                self.issues?(issue)
            }
        }
        return nil
    }
}

/// How many records a reader has handed on, readable from any task.
final class ReadProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func read() {
        self.lock.withLock { self.count += 1 }
    }

    var recordsRead: Int {
        self.lock.withLock { self.count }
    }
}
