/// The character encodings an input may be in; everything is turned into UTF-8 before parsing.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case latin1 = "latin1"
    case windows1252 = "windows-1252"
    case utf16 = "utf-16"

    /// The encoding a user named, accepting the usual spellings (`UTF8`, `iso-8859-1`, `cp1252`, `utf16le`, …).
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        switch key {
        case "utf8": self = .utf8
        case "latin1", "iso88591", "l1": self = .latin1
        case "windows1252", "cp1252", "win1252": self = .windows1252
        case "utf16", "utf16le", "utf16be", "ucs2": self = .utf16
        default: return nil
        }
    }
}
