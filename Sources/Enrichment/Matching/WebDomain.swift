import Foundation

/// Company domains as LeadIQ expects them: a bare, lower-cased host name.
enum WebDomain {
    /// The domain in `text`, which may be a bare domain or a website URL (`https://www.Acme.com/about` → `acme.com`);
    /// `nil` when no plausible domain is left.
    static func normalized(fromWebsite text: String) -> String? {
        var rest = Substring(text.trimmedOfWhitespace.lowercased())
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        }
        if let end = rest.firstIndex(where: { "/?#".contains($0) }) {
            rest = rest[..<end]
        }
        if let userInfo = rest.lastIndex(of: "@") {
            rest = rest[rest.index(after: userInfo)...]
        }
        if let port = rest.firstIndex(of: ":") {
            rest = rest[..<port]
        }
        if rest.hasSuffix(".") {
            rest = rest.dropLast()
        }
        if rest.hasPrefix("www.") {
            rest = rest.dropFirst("www.".count)
        }
        return Self.validated(String(rest))
    }

    /// `name`, lower-cased, when it is a host name of ASCII letters, digits and hyphens with at least two labels and
    /// an alphabetic top-level label of two letters or more. Checked byte by byte: every row with an email or a
    /// website comes through here.
    static func validated(_ name: String) -> String? {
        let utf8 = name.utf8
        guard utf8.count <= 253 else { return nil }
        var labels = 0
        var label = (length: 0, alphabetic: true, last: UInt8(0))
        func labelIsValid() -> Bool {
            label.length > 0 && label.length <= 63 && label.last != UInt8(ascii: "-")
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "."):
                guard labelIsValid() else { return nil }
                labels += 1
                label = (0, true, byte)
                continue
            case UInt8(ascii: "-"):
                guard label.length > 0 else { return nil }
                label.alphabetic = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                label.alphabetic = false
            default:
                return nil
            }
            label.length += 1
            label.last = byte
        }
        guard labelIsValid(), labels >= 1, label.alphabetic, label.length >= 2 else { return nil }
        return name.lowercased()
    }

    /// Whether `domain` belongs to a consumer mail provider, whose domain says nothing about a person's employer.
    static func isFreeMail(_ domain: String) -> Bool {
        if Self.freeMailDomains.contains(domain) {
            return true
        }
        // Providers that register one domain per country (yahoo.co.uk, hotmail.fr, gmx.de).
        guard let brand = domain.split(separator: ".").first else { return false }
        return Self.freeMailBrands.contains(String(brand))
    }

    private static let freeMailDomains: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com",
        "mac.com", "proton.me", "protonmail.com", "pm.me", "mail.com", "web.de", "mail.ru", "inbox.ru", "list.ru",
        "bk.ru", "qq.com", "163.com", "126.com", "sina.com", "zoho.com", "zohomail.com", "fastmail.com", "hey.com",
        "tutanota.com", "tuta.io", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "rediffmail.com",
        "naver.com", "daum.net", "hanmail.net", "seznam.cz", "wp.pl", "o2.pl", "libero.it", "orange.fr", "free.fr",
        "laposte.net", "t-online.de", "freenet.de", "btinternet.com", "sky.com", "virginmedia.com", "bigpond.com",
        "shaw.ca", "rogers.com", "uol.com.br", "bol.com.br", "terra.com.br",
    ]

    private static let freeMailBrands: Set<String> = ["yahoo", "ymail", "hotmail", "gmx", "yandex", "rocketmail"]
}
