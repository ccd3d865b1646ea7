@testable import RecordIO

/// libFuzzer entry for the JSON Lines reader: the bytes as a `.jsonl` file through `RecordInput.open`, the same bytes
/// through a window of a few bytes (it must read exactly the same), and once more in another encoding with a tiny line
/// limit. Only crashes, hangs, memory blowups and a windowed read that differs fail.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLinesReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzHarness.scratchFile(UnsafeRawBufferPointer(start: data, count: size), fileExtension: "jsonl")
    FuzzHarness.requireSameThroughSmallWindow(path, format: .jsonl, size: size) { input, chunkCapacity, issues in
        JSONLinesReader(
            input: input, maxLineBytes: ReadOptions().maxFieldBytes, chunkCapacity: chunkCapacity, issues: issues
        )
    }
    let options = ReadOptions(format: .jsonl, encoding: FuzzHarness.encoding(for: size), maxFieldBytes: 16)
    _ = FuzzHarness.drain { issues in try RecordInput.open(path, options: options, issues: issues) }
    return 0
}
