/// A syntactically plausible email address, trimmed and lower-cased.
struct EmailAddress: Sendable, Hashable {
    /// The address as it is sent to LeadIQ.
    let normalized: String
    /// The part after `@`, lower-cased.
    let domain: String

    /// `nil` unless `text` is one address of the shape `local@domain.tld`.
    ///
    /// Deliberately stricter than RFC 5322 (no quoted local parts, no comments, no IP literals): a CRM cell holding
    /// something exotic is far more likely a typo than a real work address, and a lookup LeadIQ cannot match still
    /// spends a request. Checked byte by byte: every row with an email comes through here.
    init?(_ text: String) {
        var address = text.trimmedOfWhitespace.lowercased()
        if address.hasPrefix("mailto:") {
            address.removeFirst("mailto:".count)
        }
        let utf8 = address.utf8
        guard let at = utf8.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        let local = utf8[..<at]
        let domainStart = utf8.index(after: at)
        guard !local.isEmpty, local.count <= 64, !utf8[domainStart...].contains(UInt8(ascii: "@")) else { return nil }
        let dot = UInt8(ascii: ".")
        guard local.first != dot, local.last != dot else { return nil }
        var previous: UInt8 = 0
        for byte in local {
            guard Self.isLocalByte(byte), byte != dot || previous != dot else { return nil }
            previous = byte
        }
        guard let domain = WebDomain.validated(String(address[domainStart...])) else { return nil }
        self.normalized = address
        self.domain = domain
    }

    /// ASCII letters, digits and the punctuation RFC 5322 allows unquoted.
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Self.punctuation.contains(byte)
        }
    }

    private static let punctuation = Set("!#$%&'*+/=?^_`{|}~.-".utf8)
}
