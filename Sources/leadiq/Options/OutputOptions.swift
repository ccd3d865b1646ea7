import ArgumentParser
import Foundation
import RecordIO

/// Where records go and how to write them; shared by every command that writes a file.
struct OutputOptions: ParsableArguments, Sendable {
    @Option(name: [.short, .long], help: "The output file, or - for standard output.")
    var output = "-"

    @Option(
        help: "The output format: csv, jsonl, xml or xlsx (default: from the output extension, else the input's format)."
    )
    var to: RecordFormat?

    @Flag(help: "Start a CSV output with a UTF-8 byte-order mark, so Excel reads accents correctly.")
    var bom = false

    @Flag(help: "Write CSV cells that start like a spreadsheet formula (=, +, -, @) as they are, without a leading '.")
    var noEscapeFormulas = false

    /// What the options say about writing, for `RecordOutput.open`; a field a CSV or XLSX output has no column for,
    /// and one an XML output renames, are warned about on standard error.
    var writeOptions: WriteOptions {
        var options = WriteOptions(format: self.to, byteOrderMark: self.bom, escapeFormulas: !self.noEscapeFormulas)
        options.unnamedField = { field, record, output in
            IssueReport.printError(
                "warning: \(record): field '\(field)' has no column in \(Self.named(output)), whose header is the first "
                    + "record's fields; its values go after the last column, unnamed (JSON Lines output keeps every name)"
            )
        }
        options.renamedField = { field, writtenAs, output in
            IssueReport.printError(
                "warning: field '\(field)' is written as '\(writtenAs)' in \(Self.named(output)), since XML element "
                    + "names cannot hold some of its characters"
            )
        }
        return options
    }

    /// An output as messages name it.
    private static func named(_ output: String) -> String {
        output == "-" ? "standard output" : output
    }

    /// Whether two paths name one file: the same text, or, for files, the same path once made absolute, with `.` and
    /// `..` and symbolic links resolved (`-` is standard output, never a file).
    static func sameFile(_ one: String, _ other: String) -> Bool {
        guard one != other else { return true }
        guard one != "-" && other != "-" else { return false }
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(one) == resolved(other)
    }
}
