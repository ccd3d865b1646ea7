@testable import RecordIO

@_cdecl("LLVMFuzzerInitialize")
public func initializeXMLReaderFuzz(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutableRawPointer) -> Int32 {
    FuzzHarness.writeCanary()
    return 0
}

/// libFuzzer entry for the XML reader: the bytes as an `.xml` file through `RecordInput.open`, taking each child of the
/// root, then with a named record element and another encoding. Besides crashes, hangs and memory blowups, it fails
/// when the canary file's content (which the seeds reach for through external entities) shows up anywhere.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzHarness.scratchFile(UnsafeRawBufferPointer(start: data, count: size), fileExtension: "xml")
    let outcomes = [
        ReadOptions(format: .xml),
        ReadOptions(format: .xml, encoding: FuzzHarness.encoding(for: size), recordElement: "record"),
    ].map { options in
        FuzzHarness.drain { issues in try RecordInput.open(path, options: options, issues: issues) }
    }
    for outcome in outcomes {
        let texts =
            outcome.records.flatMap { $0.names + $0.values } + outcome.issues.map(\.message) + [outcome.error ?? ""]
        FuzzHarness.require(!texts.contains { $0.contains(FuzzHarness.canary) }, "the canary file leaked: \(outcome)")
    }
    return 0
}
