import Foundation

/// The string formats LeadIQ's Prospector contract constrains, checked the same way by the client (before sending)
/// and by the sandbox (on receipt).
public enum WireFormat {
    /// An RFC 5322 dot-atom address (`local@domain.tld`), ASCII only, as JSON Schema's `email` format means it.
    public static func isEmail(_ text: String) -> Bool {
        guard text.utf8.count <= 254, let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-")
        let localOK =
            (1...64).contains(local.utf8.count)
            && local.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0.allSatisfy(atext.contains)
            }
        return localOK && self.isDomainName(domain)
    }

    /// An absolute `http` or `https` URL with a host, as `linkedinUrl` needs.
    public static func isHTTPURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// A Prospector object id: 24 hexadecimal digits.
    public static func isObjectID(_ text: String) -> Bool {
        text.utf8.count == 24 && text.allSatisfy(\.isHexDigit)
    }

    /// Labels of letters, digits and inner hyphens, at least two of them, the last not all digits.
    private static func isDomainName(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard text.utf8.count <= 253, labels.count >= 2, let last = labels.last, !last.allSatisfy(\.isNumber) else {
            return false
        }
        return labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
