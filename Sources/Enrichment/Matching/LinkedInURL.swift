import Foundation

/// LinkedIn profile URLs in the one spelling LeadIQ matches best: `https://www.linkedin.com/in/<slug>`.
enum LinkedInURL {
    /// The canonical profile URL for `text`, or `nil` when it is not a LinkedIn profile URL.
    ///
    /// Accepts a missing or `http` scheme, any LinkedIn subdomain (`www`, `m`, country codes), extra path after the
    /// slug, a trailing slash, a query string and a fragment. Slugs are case-insensitive on LinkedIn, so they are
    /// lower-cased: two spellings of one profile become one lookup.
    static func normalizedProfileURL(_ text: String) -> String? {
        var rest = Substring(text.trimmedOfWhitespace)
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = rest[..<end]
        }
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            break
        }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 3, Self.isLinkedInHost(parts[0]), parts[1].lowercased() == "in" else { return nil }
        let slug = parts[2].lowercased()
        guard slug.allSatisfy(Self.isSlugCharacter) else { return nil }
        return "https://www.linkedin.com/in/\(slug)"
    }

    private static func isLinkedInHost(_ host: Substring) -> Bool {
        let name = host.lowercased()
        guard name == "linkedin.com" || name.hasSuffix(".linkedin.com") else { return false }
        let subdomain = name.dropLast("linkedin.com".count)
        return subdomain.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Letters in any script (LinkedIn allows them), digits, and the punctuation LinkedIn and percent-encoding use.
    private static func isSlugCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_" || character == "%"
    }
}
