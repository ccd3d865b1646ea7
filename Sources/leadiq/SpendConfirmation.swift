import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The question a run asks before it spends credits: on standard error, answered on standard input, or on the
/// terminal itself when standard input carries something else.
enum SpendConfirmation {
    /// The person's answer, `nil` when there is no one to ask (standard error is not a terminal, as under cron, CI or
    /// a test harness, or no terminal can be opened).
    static func ask(_ question: String) -> Bool? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let answer: String?
        if isatty(STDIN_FILENO) == 1 {
            IssueReport.printError(question + " ", newline: false)
            answer = readLine()
        } else {
            guard let terminal = fopen("/dev/tty", "r") else { return nil }
            defer { fclose(terminal) }
            IssueReport.printError(question + " ", newline: false)
            answer = Self.line(from: terminal)
        }
        let word = answer?.trimmingCharacters(in: .whitespaces).lowercased()
        return word == "y" || word == "yes"
    }

    private static func line(from file: UnsafeMutablePointer<FILE>) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let line = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}
