import Foundation
import RecordIO

/// Keeps what it is given, readable from the test after the pipeline returns.
final class MemoryRecordWriter: RecordWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var written: [Record] = []
    private var finished = false

    func write(_ record: Record) throws {
        self.lock.withLock { self.written.append(record) }
    }

    func finish() throws {
        self.lock.withLock { self.finished = true }
    }

    var records: [Record] {
        self.lock.withLock { self.written }
    }

    var isFinished: Bool {
        self.lock.withLock { self.finished }
    }

    /// The value of `field` in every record written, in order.
    func column(_ field: String) -> [String] {
        self.records.map { $0[field] ?? "<missing>" }
    }
}
