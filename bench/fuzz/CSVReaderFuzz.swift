@testable import RecordIO

/// libFuzzer entry for the CSV reader: the bytes as a `.csv` file through `RecordInput.open`, the same bytes through a
/// window of a few bytes (it must read exactly the same), and once more with no header, another encoding and a tiny
/// field limit. Only crashes, hangs, memory blowups and a windowed read that differs fail.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzHarness.scratchFile(UnsafeRawBufferPointer(start: data, count: size), fileExtension: "csv")
    FuzzHarness.requireSameThroughSmallWindow(path, format: .csv, size: size) { input, chunkCapacity, issues in
        CSVReader(
            input: input, delimiter: CSVReader.detectDelimiter(in: input.prefix), hasHeader: true,
            maxFieldBytes: ReadOptions().maxFieldBytes, chunkCapacity: chunkCapacity, issues: issues
        )
    }
    let options = ReadOptions(
        format: .csv, hasHeader: false, encoding: FuzzHarness.encoding(for: size), maxFieldBytes: 16)
    _ = FuzzHarness.drain { issues in try RecordInput.open(path, options: options, issues: issues) }
    return 0
}
