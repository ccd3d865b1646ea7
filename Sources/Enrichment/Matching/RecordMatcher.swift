import LeadIQ
import RecordIO

/// Turns a record into the most precise lookup its mapped fields allow, or the reason it allows none.
///
/// Person identifiers in order of precision: LinkedIn profile URL; email; first and last name with a company name
/// and/or domain; LeadIQ person id. In `auto` mode a row that identifies no person but a company becomes a company
/// lookup. The reason for a skipped row names the first identifier that was present but unusable, so a user can fix
/// the column that was meant to work.
///
/// To verify email addresses (`EnrichmentTask.verifyEmail`) only the email field counts, whatever else the row holds.
public struct RecordMatcher: Sendable {
    public var mapping: FieldMapping
    public var mode: MatchMode
    public var task: EnrichmentTask

    public init(mapping: FieldMapping, mode: MatchMode = .auto, task: EnrichmentTask = .enrich) {
        self.mapping = mapping
        self.mode = mode
        self.task = task
    }

    /// The matcher a run with `configuration` uses.
    public init(_ configuration: EnrichmentConfiguration) {
        self.init(mapping: configuration.mapping, mode: configuration.mode, task: configuration.task)
    }

    public func match(_ record: Record) -> MatchResult {
        if self.mapping.isPerRecord {
            return RecordMatcher(mapping: self.mapping.resolved(for: record), mode: self.mode, task: self.task)
                .match(record)
        }
        if self.task == .verifyEmail {
            return self.emailVerification(record)
        }
        var problem: SkipReason?
        if self.mode != .company {
            switch self.personLookup(record) {
            case .lookup(let lookup): return .lookup(lookup)
            case .skipped(let reason): problem = reason
            }
        }
        if self.mode != .people, let company = self.companyLookup(record) {
            return .lookup(.company(company))
        }
        switch self.mode {
        case .auto: return .skipped(problem ?? .noIdentifier)
        case .people: return .skipped(problem ?? .noPersonIdentifier)
        case .company: return .skipped(.noCompanyIdentifier)
        }
    }

    /// The address to verify; one LeadIQ's API would refuse (longer than 254 bytes) is as malformed as a typo.
    private func emailVerification(_ record: Record) -> MatchResult {
        guard let text = self.value(.email, record) else { return .skipped(.noEmail) }
        guard let email = EmailAddress(text), WireFormat.isEmail(email.normalized) else {
            return .skipped(.invalidEmail)
        }
        return .lookup(.emailVerification(email.normalized))
    }

    /// The person lookup, or the first unusable person identifier (`nil` in the reason when there was none at all).
    private func personLookup(_ record: Record) -> PersonMatch {
        var problem: SkipReason?
        if let text = self.value(.linkedinURL, record) {
            if let url = LinkedInURL.normalizedProfileURL(text) {
                return .lookup(.person(SearchPeopleInput(linkedinUrl: url)))
            }
            problem = .invalidLinkedinURL
        }
        if let text = self.value(.email, record) {
            if let email = EmailAddress(text) {
                return .lookup(.person(SearchPeopleInput(email: email.normalized)))
            }
            problem = problem ?? .invalidEmail
        }
        if let name = self.name(record) {
            let company = self.companyName(record)
            let domain = self.domain(record)
            if company != nil || domain != nil {
                let details = CompanyDetails(name: company, domain: domain)
                return .lookup(.person(SearchPeopleInput(firstName: name.first, lastName: name.last, company: details)))
            }
            problem = problem ?? .nameWithoutCompany
        }
        if let id = self.value(.leadiqPersonID, record) {
            return .lookup(.person(SearchPeopleInput(id: id)))
        }
        return .skipped(problem)
    }

    /// A company lookup by its most precise identifier alone: sending several would turn a slightly different name
    /// into a miss, and one identifier makes more rows share a lookup.
    private func companyLookup(_ record: Record) -> SearchCompanyInput? {
        if let linkedinID = self.value(.companyLinkedinID, record) {
            return SearchCompanyInput(linkedinId: linkedinID)
        }
        if let domain = self.domain(record) {
            return SearchCompanyInput(domain: domain)
        }
        if let name = self.companyName(record) {
            return SearchCompanyInput(name: name)
        }
        return nil
    }

    private func name(_ record: Record) -> PersonName? {
        if let name = PersonName(first: self.value(.firstName, record), last: self.value(.lastName, record)) {
            return name
        }
        return self.value(.fullName, record).flatMap(PersonName.init(fullName:))
    }

    private func companyName(_ record: Record) -> String? {
        self.value(.companyName, record).map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }

    /// The company domain field (a domain or website URL), else the domain of a work email address.
    private func domain(_ record: Record) -> String? {
        if let text = self.value(.companyDomain, record), let domain = WebDomain.normalized(fromWebsite: text) {
            return domain
        }
        guard let text = self.value(.email, record), let domain = Self.emailDomain(text),
            !WebDomain.isFreeMail(domain)
        else { return nil }
        return domain
    }

    /// The domain after the last `@`, even when the rest of the address is malformed (`Ann Smith@acme.com`).
    private static func emailDomain(_ text: String) -> String? {
        guard let at = text.lastIndex(of: "@") else { return nil }
        return WebDomain.validated(String(text[text.index(after: at)...]).lowercased())
    }

    private func value(_ field: CanonicalField, _ record: Record) -> String? {
        self.mapping.value(field, in: record)
    }

    private enum PersonMatch {
        case lookup(Lookup)
        case skipped(SkipReason?)
    }
}
