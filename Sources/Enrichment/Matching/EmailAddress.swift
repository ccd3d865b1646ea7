import Foundation

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
    /// spends a request.
    init?(_ text: String) {
        var address = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if address.hasPrefix("mailto:") {
            address.removeFirst("mailto:".count)
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return nil }
        let local = parts[0]
        guard local.allSatisfy(Self.isLocalCharacter), local.first != ".", local.last != ".", !local.contains("..")
        else { return nil }
        guard let domain = WebDomain.validated(String(parts[1])) else { return nil }
        self.normalized = address
        self.domain = domain
    }

    private static func isLocalCharacter(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || "!#$%&'*+/=?^_`{|}~.-".contains(character)
    }
}
