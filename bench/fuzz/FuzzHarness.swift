@testable import RecordIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the fuzz harnesses share: handing the fuzzer's bytes to a reader through a real file, draining the reader,
/// and stopping the run (a crash libFuzzer records) when an oracle fails. `bench/fuzz.sh` builds RecordIO with
/// `-enable-testing`, so the harnesses reach the readers' internal knobs (chunk size).
enum FuzzHarness {
    /// Everything one read produced, to compare two reads of the same bytes.
    struct Outcome: Equatable {
        var records: [Record] = []
        var issues: [ReadIssue] = []
        /// The description of the `RecordIOError` that stopped the read, if one did.
        var error: String?
    }

    /// A file whose content the XML harness's seeds try to pull in through external entities; it must never reach a
    /// record, an issue or an error.
    static let canaryPath = "/tmp/leadiq-fuzz-canary.txt"
    static let canary = "LEADIQ-FUZZ-CANARY-5f0c2b"

    private final class IssueLog {
        var issues: [ReadIssue] = []
    }

    /// Writes `bytes` to this process's scratch file with `fileExtension` and returns its path, so every read goes
    /// through `open(2)`/`read(2)` and the byte-order-mark and transcoding layer exactly as a user's file does.
    static func scratchFile(_ bytes: UnsafeRawBufferPointer, fileExtension: String) -> String {
        let path = "/tmp/leadiq-fuzz-\(getpid()).\(fileExtension)"
        Self.write(bytes, to: path)
        return path
    }

    static func writeCanary() {
        let text = Array((Self.canary + "\n").utf8)
        text.withUnsafeBytes { Self.write($0, to: Self.canaryPath) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        Self.require(descriptor >= 0, "cannot create \(path)")
        var written = 0
        while written < bytes.count {
            let count = posixWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
            Self.require(count > 0, "cannot write \(path)")
            written += count
        }
        close(descriptor)
    }

    /// Reads every record `open` gives until the end or a `RecordIOError`; any other error is a harness bug.
    static func drain(_ open: (@escaping ReadIssueHandler) throws -> any RecordReader) -> Outcome {
        let log = IssueLog()
        var outcome = Outcome()
        do {
            var reader = try open { log.issues.append($0) }
            while let record = try reader.next() { outcome.records.append(record) }
        } catch let error as RecordIOError {
            outcome.error = error.description
        } catch {
            Self.require(false, "a reader threw something other than RecordIOError: \(error)")
        }
        outcome.issues = log.issues
        return outcome
    }

    /// Reads `path` as `format` through `RecordInput.open`, then through `makeReader` with a window of a few bytes
    /// (chosen from `size`, so a crash input replays the same way), so every record straddles refills; both reads
    /// must give the same records, issues and error.
    static func requireSameThroughSmallWindow(
        _ path: String, format: RecordFormat, size: Int,
        _ makeReader: (ByteInput, _ chunkCapacity: Int, @escaping ReadIssueHandler) -> any RecordReader
    ) {
        let whole = Self.drain { issues in
            try RecordInput.open(path, options: ReadOptions(format: format), issues: issues)
        }
        let windowed = Self.drain { issues in makeReader(try ByteInput(path: path, encoding: nil), 1 + size % 7, issues)
        }
        Self.require(whole == windowed, "a small read window changes what is read:\n\(whole)\n\(windowed)")
    }

    /// An encoding for a second read, chosen from `size`.
    static func encoding(for size: Int) -> TextEncoding {
        TextEncoding.allCases[size % TextEncoding.allCases.count]
    }

    /// Stops the process with `message` when an oracle fails, which libFuzzer records as a crash with its input.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fputs("fuzz oracle failed: \(message())\n", stderr)
        abort()
    }
}
