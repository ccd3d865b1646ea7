import Foundation
import ZIPFoundation

/// One part of a zip archive as a pull stream: a background thread inflates it through ZIPFoundation's consumer
/// closure into a queue of a few chunks, and `read(into:)` takes bytes from the queue. Memory stays bounded by the
/// queue whatever the part's size, and the pull side fits libxml2's IO reader.
///
/// The part may inflate to at most `limit` bytes (its declared size, already checked against the package's limits):
/// an archive whose headers understate a part's size is refused as soon as it inflates past them.
final class ZipEntryStream: @unchecked Sendable {
    private static let queueCapacity = 4
    private static let chunkBytes = 64 * 1024

    private let archive: Archive
    private let entry: Entry
    private let limit: Int64
    private let onOverflow: @Sendable () -> RecordIOError
    /// Guards everything below it.
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var offset = 0
    private var isFinished = false
    private var isCancelled = false
    private var failure: (any Error)?

    private struct Cancelled: Error {}

    init(archive: Archive, entry: Entry, limit: Int64, onOverflow: @escaping @Sendable () -> RecordIOError) {
        self.archive = archive
        self.entry = entry
        self.limit = limit
        self.onOverflow = onOverflow
        Thread { self.produce() }.start()
    }

    /// Stops the background thread at its next chunk; for an owner that stops reading before the end.
    func cancel() {
        self.condition.lock()
        self.isCancelled = true
        self.condition.broadcast()
        self.condition.unlock()
    }

    /// Fills `buffer` with the part's next bytes; returns how many, 0 at its end. Rethrows what stopped inflation.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        self.condition.lock()
        defer { self.condition.unlock() }
        while self.chunks.isEmpty && !self.isFinished { self.condition.wait() }
        guard let chunk = self.chunks.first else {
            if let failure = self.failure { throw failure }
            return 0
        }
        let count = min(buffer.count, chunk.count - self.offset)
        chunk.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[self.offset..<self.offset + count]))
        }
        self.offset += count
        if self.offset == chunk.count {
            self.chunks.removeFirst()
            self.offset = 0
            self.condition.broadcast()
        }
        return count
    }

    private func produce() {
        var inflated: Int64 = 0
        var failure: (any Error)?
        do {
            _ = try self.archive.extract(self.entry, bufferSize: Self.chunkBytes) { data in
                inflated += Int64(data.count)
                if inflated > self.limit { throw self.onOverflow() }
                try self.put(data)
            }
        } catch {
            failure = error
        }
        self.condition.lock()
        self.isFinished = true
        if !(failure is Cancelled) { self.failure = failure }
        self.condition.broadcast()
        self.condition.unlock()
    }

    private func put(_ data: Data) throws {
        guard !data.isEmpty else { return }
        self.condition.lock()
        defer { self.condition.unlock() }
        while self.chunks.count >= Self.queueCapacity && !self.isCancelled { self.condition.wait() }
        if self.isCancelled { throw Cancelled() }
        self.chunks.append(data)
        self.condition.broadcast()
    }
}
