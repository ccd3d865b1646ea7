/// Why reading or writing records stopped: what went wrong, where (file and line when known) and what to do about it.
///
/// One struct with a private code and static constructors, so new cases can be added without breaking callers.
public struct RecordIOError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable {
        case cannotOpen
        case readFailed
        case writeFailed
        case binaryToTerminal
        case unterminatedQuote
        case invalidUTF8
        case wrongEncoding
        case fieldTooLong
        case unknownFormat
        case optionNotForFormat
        case malformedXML
        case forbiddenDTD
        case invalidMapping
        case invalidWorkbook
        case zipBomb
        case unknownSheet
        case spreadsheetLimit
    }

    private let code: Code
    /// Where the problem is, when it is tied to a place in the input.
    public let position: SourcePosition?
    /// A sentence that says what went wrong and what to do.
    public let message: String

    private init(_ code: Code, _ message: String, at position: SourcePosition? = nil) {
        self.code = code
        self.message = message
        self.position = position
    }

    public var description: String {
        guard let position = self.position else { return self.message }
        return "\(position): \(self.message)"
    }

    static func cannotOpen(_ path: String, reason: String) -> RecordIOError {
        RecordIOError(.cannotOpen, "cannot open \(path): \(reason); check the path and its permissions")
    }

    static func readFailed(_ path: String, reason: String) -> RecordIOError {
        RecordIOError(.readFailed, "reading \(path) failed: \(reason)")
    }

    static func writeFailed(_ path: String, reason: String) -> RecordIOError {
        RecordIOError(.writeFailed, "writing \(path) failed: \(reason); check free space and permissions")
    }

    static func binaryToTerminal(_ format: String) -> RecordIOError {
        RecordIOError(
            .binaryToTerminal,
            "\(format) output is binary and standard output is a terminal; name a file with -o, or pipe the output"
        )
    }

    static func unterminatedQuote(at position: SourcePosition) -> RecordIOError {
        RecordIOError(
            .unterminatedQuote,
            "a quoted field starting here is never closed; add the missing closing quote (\") or remove the stray one",
            at: position
        )
    }

    static func invalidUTF8(at position: SourcePosition) -> RecordIOError {
        RecordIOError(
            .invalidUTF8,
            "bytes that are not valid UTF-8; if the file comes from Excel or an older system, "
                + "pass --encoding windows-1252 (or latin1, utf-16)",
            at: position
        )
    }

    static func wrongEncoding(_ path: String, detail: String) -> RecordIOError {
        RecordIOError(.wrongEncoding, "cannot read \(path) in the encoding given: \(detail)")
    }

    static func fieldTooLong(at position: SourcePosition, limit: Int) -> RecordIOError {
        RecordIOError(
            .fieldTooLong,
            "a field or line longer than \(limit) bytes (often a stray quote that swallows the rest of the file); "
                + "fix the input or raise --max-field-bytes",
            at: position
        )
    }

    static func optionNotForFormat(_ path: String, option: String, format: String) -> RecordIOError {
        RecordIOError(
            .optionNotForFormat,
            "\(option) does not apply to \(path), which is read as \(format); leave it out, or pass --from if the "
                + "format is wrong"
        )
    }

    static func unknownFormat(_ path: String) -> RecordIOError {
        RecordIOError(
            .unknownFormat,
            "cannot tell the format of \(path) from its name or content; pass --from/--to csv, jsonl, xml or xlsx"
        )
    }

    static func malformedXML(at position: SourcePosition, detail: String) -> RecordIOError {
        RecordIOError(.malformedXML, "malformed XML: \(detail); fix the document (is it truncated?)", at: position)
    }

    static func forbiddenDTD(at position: SourcePosition) -> RecordIOError {
        RecordIOError(
            .forbiddenDTD,
            "the document declares entities in a DOCTYPE, which leadiq refuses (they can read local files or expand "
                + "without bound); remove the DOCTYPE — record exports never need one",
            at: position
        )
    }

    static func invalidMapping(_ detail: String) -> RecordIOError {
        RecordIOError(.invalidMapping, detail)
    }

    static func invalidWorkbook(_ path: String, detail: String) -> RecordIOError {
        RecordIOError(
            .invalidWorkbook,
            "\(path) is not a readable .xlsx workbook: \(detail); open it in a spreadsheet program and save it as .xlsx"
        )
    }

    static func zipBomb(_ path: String, detail: String) -> RecordIOError {
        RecordIOError(
            .zipBomb,
            "\(path) is refused as a possible zip bomb: \(detail); if the workbook is genuine, export the sheet as CSV"
        )
    }

    static func unknownSheet(_ path: String, sheet: String, available: [String]) -> RecordIOError {
        let names = available.map { "'\($0)'" }.joined(separator: ", ")
        return RecordIOError(
            .unknownSheet,
            "\(path) has no sheet '\(sheet)'; pass --sheet with one of \(names) or a number from 1 to \(available.count)"
        )
    }

    static func spreadsheetLimit(at position: SourcePosition, detail: String) -> RecordIOError {
        RecordIOError(.spreadsheetLimit, "\(detail); write CSV or JSON Lines instead", at: position)
    }
}
