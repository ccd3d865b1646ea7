extension RecordFormat {
    /// CSV and TSV (the delimiter is detected unless given).
    public static let csv = RecordFormat(
        name: "csv",
        extensions: ["csv", "tsv", "txt"],
        hasHeaderRow: true,
        sniff: { _ in true },
        makeReader: { input, options, issues in
            CSVReader(
                input: input, delimiter: options.delimiter ?? CSVReader.detectDelimiter(in: input.prefix),
                hasHeader: options.hasHeader, maxFieldBytes: options.maxFieldBytes, issues: issues
            )
        },
        makeWriter: { sink, options in
            let tab = UInt8(ascii: "\t")
            let delimiter = options.delimiter ?? (RecordFormat.extension(of: sink.name) == "tsv" ? tab : UInt8(ascii: ","))
            return CSVWriter(
                sink: sink, delimiter: delimiter, byteOrderMark: options.byteOrderMark,
                escapeFormulas: options.escapeFormulas, unnamedField: options.unnamedField(in: sink)
            )
        }
    )

    /// JSON Lines: one object per line.
    public static let jsonl = RecordFormat(
        name: "jsonl",
        extensions: ["jsonl", "ndjson"],
        sniff: { RecordFormat.firstSignificantByte(of: $0) == UInt8(ascii: "{") },
        makeReader: { input, options, issues in
            JSONLinesReader(input: input, maxLineBytes: options.maxFieldBytes, issues: issues)
        },
        makeWriter: { sink, _ in JSONLinesWriter(sink: sink) }
    )

    /// XML: a root element holding one element per record.
    public static let xml = RecordFormat(
        name: "xml",
        extensions: ["xml"],
        sniff: { RecordFormat.firstSignificantByte(of: $0) == UInt8(ascii: "<") },
        makeReader: { input, options, issues in
            try XMLReader(input: input, recordElement: options.recordElement, issues: issues)
        },
        makeWriter: { sink, options in XMLWriter(sink: sink, renamedField: options.renamedField(in: sink)) }
    )

    /// Excel workbooks (.xlsx): one worksheet read or written.
    public static let xlsx = RecordFormat(
        name: "xlsx",
        extensions: ["xlsx"],
        isBinary: true,
        hasHeaderRow: true,
        sniff: { $0.starts(with: [0x50, 0x4B, 0x03, 0x04]) },
        makeReader: { input, options, issues in
            try XLSXReader(input: input, sheet: options.sheet, hasHeader: options.hasHeader, issues: issues)
        },
        makeWriter: { sink, options in XLSXWriter(sink: sink, unnamedField: options.unnamedField(in: sink)) }
    )

    private static func firstSignificantByte(of prefix: ArraySlice<UInt8>) -> UInt8? {
        prefix.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    static func `extension`(of path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return path[path.index(after: dot)...].lowercased()
    }
}

extension WriteOptions {
    /// `unnamedField` for a writer of `sink`, which knows its records but not its output's name.
    fileprivate func unnamedField(in sink: ByteSink) -> (@Sendable (String, SourcePosition) -> Void)? {
        let output = sink.name
        return self.unnamedField.map { told in { @Sendable field, record in told(field, record, output) } }
    }

    fileprivate func renamedField(in sink: ByteSink) -> (@Sendable (String, String) -> Void)? {
        let output = sink.name
        return self.renamedField.map { told in { @Sendable field, writtenAs in told(field, writtenAs, output) } }
    }
}
