import Foundation

/// The `KEY=value` lines of a `.env` file. leadiq reads such a file for its settings and never writes one.
public enum DotEnv {
    /// Parses `.env` text: blank lines and `#` comments are skipped, `export ` is allowed, values may be quoted with
    /// `"` or `'`, and an unquoted value ends at ` #`. Later lines win.
    public static func parse(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("export ") {
                line = String(line.dropFirst("export ".count)).trimmingCharacters(in: .whitespaces)
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { continue }
            values[key] = self.value(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
        }
        return values
    }

    /// Reads `.env` in `directory`; an absent file is an empty one.
    public static func load(from directory: URL) -> [String: String] {
        let file = directory.appendingPathComponent(".env")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        return self.parse(text)
    }

    private static func value(_ text: String) -> String {
        if let quote = text.first, quote == "\"" || quote == "'", let end = text.dropFirst().firstIndex(of: quote) {
            return String(text[text.index(after: text.startIndex)..<end])
        }
        if let comment = text.range(of: " #") {
            return text[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
