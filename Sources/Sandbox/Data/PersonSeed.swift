import LeadIQ

/// What a `searchPeople` input says about the person, normalised, with the key the fake person is derived from.
/// Precedence follows the identifiers' precision: LinkedIn URL, then email, then id, then name + company.
struct PersonSeed: Sendable {
    let key: String
    var first: String?
    var last: String?
    var email: String?
    var slug: String?
    var companyName: String?
    var domain: String?

    init?(_ input: SearchPeopleInput) {
        let names = Self.names(input)
        self.first = names?.first
        self.last = names?.last
        self.companyName = input.company?.name
        self.domain = input.company?.domain.map(IdentifierNormalization.domain)
        if let url = input.linkedinUrl {
            let slug = IdentifierNormalization.linkedinSlug(url)
            self.slug = slug
            self.key = "linkedin:\(slug)"
        } else if let email = input.email {
            let email = IdentifierNormalization.email(email)
            self.email = email
            self.key = "email:\(email)"
        } else if let id = input.id {
            self.key = "id:\(id)"
        } else if let names, let company = self.domain ?? self.companyName.map(IdentifierNormalization.words) {
            self.key = "name:\(IdentifierNormalization.words("\(names.first) \(names.last)"))@\(company)"
        } else {
            return nil
        }
    }

    /// A seed for someone whose details are known already (a person advanced search returned).
    init(key: String, first: String?, last: String?, slug: String?, companyName: String?, domain: String?) {
        self.key = key
        self.first = first
        self.last = last
        self.slug = slug
        self.companyName = companyName
        self.domain = domain.map(IdentifierNormalization.domain)
    }

    /// Reserved identifiers that are never found, so tests can rely on a miss.
    var isNeverFound: Bool {
        (self.email ?? "").hasSuffix(".invalid") || (self.domain ?? "").hasSuffix(".invalid")
            || (self.slug ?? "").hasPrefix("unknown-")
    }

    private static func names(_ input: SearchPeopleInput) -> (first: String, last: String)? {
        if let first = input.firstName, let last = input.lastName {
            return (first, last)
        }
        guard let full = input.fullName else { return nil }
        let parts = full.split(whereSeparator: { $0.isWhitespace })
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return nil }
        return (String(first), String(last))
    }
}
