import Foundation
import LeadIQ
import RecordIO

/// Turns input records into `ProspectInput`s exactly as the published Prospector schema allows: names split from a
/// full name when that is all there is, identifiers checked, seniority and email status only from their enums, notes
/// cut to the longest allowed.
public struct ProspectMapper: Sendable {
    private let mapping: FieldMapping
    /// Columns for the prospect properties that are no canonical contact field.
    private let seniorityColumn: String?
    private let emailStatusColumn: String?
    private let notesColumn: String?
    private let functionColumn: String?
    private let industryColumn: String?
    private let companyIDColumn: String?

    /// The mapper for an input whose fields are `names`; `overrides` are the `--map` choices. Throws when an override
    /// names a field the input lacks.
    public init(
        names: [String], overrides: [CanonicalField: String] = [:], file: String = "the input"
    ) throws {
        self.mapping = try FieldMapping.automatic(for: names, overrides: overrides, file: file)
        let taken = Set(self.mapping.columns.values)
        func column(_ synonyms: [String]) -> String? {
            let available = names.filter { !taken.contains($0) }
            return synonyms.lazy.compactMap { synonym in
                available.first { Self.normalized($0) == synonym }
            }.first
        }
        self.seniorityColumn = column([
            "seniority", "senioritylevel", "jobseniority", "managementlevel", "level",
        ])
        self.emailStatusColumn = column([
            "emailstatus", "workemailstatus", "emailverificationstatus", "emailverification",
            "emailconfidence",
        ])
        self.notesColumn = column(["notes", "note", "comments", "comment"])
        self.functionColumn = column([
            "function", "jobfunction", "department", "persondepartment", "role",
        ])
        self.industryColumn = column([
            "companyindustry", "industry", "accountindustry", "organizationindustry",
        ])
        self.companyIDColumn = column(["companyid", "leadiqcompanyid"])
    }

    /// The prospect `record` becomes, or why it cannot become one.
    public func map(_ record: Record) -> MappedProspect {
        var notes: [String] = []
        let value = { (field: CanonicalField) in self.mapping.value(field, in: record) }
        let cell = { (column: String?) -> String? in
            guard let column, let raw = record[column] else { return nil }
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }

        var first = value(.firstName)
        var last = value(.lastName)
        if first == nil || last == nil, let full = value(.fullName) {
            guard let split = Self.split(fullName: full) else {
                return .skipped(reason: "no first and last name: '\(full)' is a single word")
            }
            notes.append("name split from '\(full)'")
            first = first ?? split.first
            last = last ?? split.last
        }
        guard let first, let last else {
            return .skipped(reason: "no first and last name (LeadIQ requires both)")
        }
        var input = ProspectInput(firstName: first, lastName: last)

        if let email = value(.email) {
            guard let address = Self.workEmail(email) else {
                return .skipped(reason: "work email '\(email)' is not an email address")
            }
            input.workEmail = address
        }
        if let url = value(.linkedinURL) {
            guard let profile = Self.linkedinURL(url) else {
                return .skipped(reason: "LinkedIn URL '\(url)' is not an http(s) URL")
            }
            input.linkedinUrl = profile
        }
        input.phone = value(.phone)
        input.title = value(.title)
        input.company = value(.companyName)
        input.companyDomain = value(.companyDomain).map { WebDomain.normalized(fromWebsite: $0) ?? $0 }
        input.personId = value(.leadiqPersonID)
        input.function = cell(self.functionColumn)
        input.companyIndustry = cell(self.industryColumn)
        input.companyId = cell(self.companyIDColumn)
        let city = value(.city)
        let state = value(.state)
        let country = value(.country)
        if city != nil || state != nil || country != nil {
            input.location = ProspectLocation(city: city, state: state, country: country)
        }
        if let seniority = cell(self.seniorityColumn) {
            input.seniority = ProspectSeniority(spelling: seniority)
            if input.seniority == nil {
                notes.append("seniority '\(seniority)' left out: not a LeadIQ seniority")
            }
        }
        if let status = cell(self.emailStatusColumn) {
            input.emailStatus = ProspectEmailStatus(spelling: status)
            if input.emailStatus == nil {
                notes.append("email status '\(status)' left out: not a LeadIQ status")
            }
        }
        if let text = cell(self.notesColumn) {
            let scalars = text.unicodeScalars
            if scalars.count > ProspectInput.maxNotesLength {
                notes.append(
                    "notes cut from \(scalars.count) to \(ProspectInput.maxNotesLength) characters")
                input.notes = String(String.UnicodeScalarView(scalars.prefix(ProspectInput.maxNotesLength)))
            } else {
                input.notes = text
            }
        }
        let problems = input.validationProblems()
        guard problems.isEmpty else { return .skipped(reason: problems.joined(separator: "; ")) }
        return .prospect(input, notes: notes)
    }

    /// `Smith, Ann` or `Ann Marie Smith` (every word but the last is the first name); `nil` for one word.
    static func split(fullName: String) -> (first: String, last: String)? {
        let words = { (text: Substring) in text.split(whereSeparator: \.isWhitespace) }
        let commaParts = fullName.split(separator: ",", omittingEmptySubsequences: true)
        if commaParts.count == 2, !words(commaParts[0]).isEmpty, !words(commaParts[1]).isEmpty {
            return (
                words(commaParts[1]).joined(separator: " "), words(commaParts[0]).joined(separator: " ")
            )
        }
        let all = words(Substring(fullName))
        guard commaParts.count <= 1, all.count >= 2, let last = all.last else { return nil }
        return (all.dropLast().joined(separator: " "), String(last))
    }

    /// The address as sent: trimmed, without `mailto:`, lower-cased; `nil` unless the published format accepts it.
    private static func workEmail(_ text: String) -> String? {
        var address = text.lowercased()
        if address.hasPrefix("mailto:") { address.removeFirst("mailto:".count) }
        address = address.trimmingCharacters(in: .whitespaces)
        return WireFormat.isEmail(address) ? address : nil
    }

    /// A profile URL in LinkedIn's canonical spelling when it is one, else any absolute http(s) URL, adding the
    /// `https://` CRMs often leave off.
    private static func linkedinURL(_ text: String) -> String? {
        if let profile = LinkedInURL.normalizedProfileURL(text) { return profile }
        if WireFormat.isHTTPURL(text) { return text }
        let withScheme = "https://" + text
        return text.contains("://") || !WireFormat.isHTTPURL(withScheme) ? nil : withScheme
    }

    private static func normalized(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            })
    }
}
