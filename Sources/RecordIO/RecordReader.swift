/// A streaming source of records: each call hands on the next one, holding no more than it needs to produce it.
public protocol RecordReader {
    /// The next record, or `nil` at the end of the input.
    ///
    /// Throws `RecordIOError` when the input cannot be read any further (for example an unterminated quote at the end
    /// of a CSV file). Problems confined to one row are reported to the reader's `ReadIssueHandler` and reading goes on.
    mutating func next() throws -> Record?

    /// The names the input gives its columns ahead of its records (a CSV or XLSX header row), once read; `nil` when
    /// it has none. An input with a header and no records still names its columns here, for the output's header.
    var columnNames: [String]? { get }
}

extension RecordReader {
    public var columnNames: [String]? { nil }
}

/// Something a reader noticed about one row that did not stop it: a ragged CSV row (warning) or a JSON line that is
/// not an object (the row is rejected and never becomes a record).
public struct ReadIssue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case warning
        case rejected
    }

    public var kind: Kind
    public var position: SourcePosition
    public var message: String
    /// The row's raw text, for a rejects file; empty for warnings.
    public var raw: String

    public init(kind: Kind, position: SourcePosition, message: String, raw: String = "") {
        self.kind = kind
        self.position = position
        self.message = message
        self.raw = raw
    }

    /// How a warning names the `count` columns a long row's extra cells are kept under: `extra1`, or `extra1…extraN`.
    static func extraColumnNames(_ count: Int) -> String {
        count == 1 ? "extra1" : "extra1…extra\(count)"
    }
}

/// Receives the issues a reader reports, in input order.
public typealias ReadIssueHandler = (ReadIssue) -> Void
