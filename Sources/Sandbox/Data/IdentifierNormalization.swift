import Foundation

/// Brings the spellings LeadIQ treats as one identifier to one form, and nothing more: LinkedIn URLs lose scheme,
/// `www.`, query, fragment and trailing slash and compare case-insensitively; emails compare case-insensitively.
/// Names and companies are trimmed and lower-cased. Different identifiers are never merged.
enum IdentifierNormalization {
    /// `https://www.LinkedIn.com/in/Jane-Doe/?trk=x` → `jane-doe`; a URL without `/in/` keeps its normalised path.
    static func linkedinSlug(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            text = String(text[..<cut])
        }
        while text.hasSuffix("/") {
            text.removeLast()
        }
        if let range = text.range(of: "/in/") {
            return String(text[range.upperBound...])
        }
        return text.hasPrefix("www.") ? String(text.dropFirst(4)) : text
    }

    static func email(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Lower-cased, trimmed, inner whitespace collapsed.
    static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `WWW.Acme.com/` → `acme.com`.
    static func domain(_ domain: String) -> String {
        var text = self.words(domain)
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        while text.hasSuffix("/") {
            text.removeLast()
        }
        return text
    }

    /// The domain LeadIQ would guess for a company known only by name: `Acme Widgets, Inc.` → `acmewidgets.com`.
    static func guessedDomain(companyName: String) -> String {
        let stem = self.words(companyName)
            .replacingOccurrences(of: ", inc.", with: "")
            .replacingOccurrences(of: " inc.", with: "")
            .filter { $0.isLetter || $0.isNumber }
        return (stem.isEmpty ? "company" : stem) + ".com"
    }

    /// `jane-doe-42` → (`Jane`, `Doe`) when the slug reads as a name.
    static func nameFromSlug(_ slug: String) -> (first: String, last: String)? {
        let parts = slug.split(separator: "-").filter { $0.allSatisfy(\.isLetter) }
        guard parts.count >= 2 else { return nil }
        return (parts[0].capitalized, parts[1].capitalized)
    }

    /// `jane.doe@acme.com` → (`Jane`, `Doe`).
    static func nameFromEmail(_ email: String) -> (first: String, last: String)? {
        guard let local = email.split(separator: "@").first else { return nil }
        let parts = local.split(whereSeparator: { $0 == "." || $0 == "_" }).filter { $0.allSatisfy(\.isLetter) }
        guard parts.count >= 2 else { return nil }
        return (parts[0].capitalized, parts[1].capitalized)
    }
}
