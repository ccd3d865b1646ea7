import LeadIQ
import RecordIO

/// Appends a row's enrichment verdict and LeadIQ's data after the input's own fields, always the same fields in the
/// same order so every output row has the same shape whatever happened to it.
public struct EnrichmentProjection: Sendable {
    public let style: ProjectionStyle
    public let selection: FieldSelection
    public let task: EnrichmentTask
    /// The names of the appended fields, in order.
    public let fieldNames: [String]

    /// Fields every output row gets.
    static let baseFields = [
        "status", "reason", "person_id", "first_name", "last_name", "title", "seniority", "function", "company_name",
        "company_domain", "work_email", "work_email_status", "phone", "linkedin_url",
    ]
    /// Fields added when the selection includes `.company`.
    static let companyFields = [
        "company_id", "company_industry", "company_employees", "company_employee_range", "company_linkedin_url",
        "company_city", "company_region", "company_country", "company_founded_year", "company_funding_total_usd",
        "company_last_funding_type", "company_technologies",
    ]
    /// Fields every row of an email verification gets.
    static let verificationFields = ["status", "reason", "email_status"]
    /// Fields a rejects record gets after the input's own.
    static let rejectFields = ["file", "line", "status", "reason"]

    public init(style: ProjectionStyle, selection: FieldSelection, task: EnrichmentTask = .enrich) {
        self.style = style
        self.selection = selection
        self.task = task
        let fields =
            switch task {
            case .enrich: selection.contains(.company) ? Self.baseFields + Self.companyFields : Self.baseFields
            case .verifyEmail: Self.verificationFields
            }
        self.fieldNames = fields.map(style.fieldName)
    }

    /// `record` with `result` appended. An input that already has these fields (an enriched file enriched again) gets
    /// them overwritten where they stand instead of a second set.
    public func enriched(_ record: Record, with result: RowResult) -> Record {
        Self.adding(self.fieldNames, self.values(result), to: record)
    }

    /// The names `enriched` gives a record whose fields are `names`: the header of an output that gets no records.
    public func enrichedNames(_ names: [String]) -> [String] {
        let blank = Record(blankWith: names, position: SourcePosition(file: "", line: 0, index: 0))
        return Self.adding(self.fieldNames, self.fieldNames.map { _ in "" }, to: blank).names
    }

    /// `record` as the rejects output shows it: its own fields, then where it came from, its status and the reason.
    public func rejected(_ record: Record, status: String, reason: String) -> Record {
        var output = record
        let values = [record.position.file, String(record.position.line), status, reason]
        for (name, value) in zip(Self.rejectFields, values) {
            output.set(self.style.fieldName(name), value)
        }
        return output
    }

    /// A row the reader could not turn into a record, as the rejects output shows it: its raw text and the reader's
    /// message.
    public func rejected(_ issue: ReadIssue) -> Record {
        let record = Record(names: ["raw"], values: [issue.raw], position: issue.position)
        return self.rejected(record, status: "rejected", reason: issue.message)
    }

    /// Appends the fields, or sets them when the record has the first of them already. Checking once keeps the common
    /// case (an input without leadiq fields) free of a search per field.
    private static func adding(_ names: [String], _ values: [String], to record: Record) -> Record {
        var output = record
        let present = names.first.map { record[$0] != nil } ?? false
        for (name, value) in zip(names, values) {
            if present { output.set(name, value) } else { output.append(name, value) }
        }
        return output
    }

    private func values(_ result: RowResult) -> [String] {
        var values = [result.status.rawValue, result.reason]
        if self.task == .verifyEmail {
            guard case .emailVerification(let verification) = result.match else { return values + [""] }
            return values + [verification.status]
        }
        let company: CompanyInfo?
        switch result.match {
        case .person(let person):
            let position = person.primaryPosition
            let email = person.bestWorkEmail
            company = position?.companyInfo
            values += [
                person.id, person.name?.first, person.name?.last, position?.title, position?.seniority,
                position?.function, company?.name, company?.domain, email?.value, email?.status,
                person.bestPhone?.value, person.linkedin?.linkedinUrl,
            ].map { $0 ?? "" }
        case .company(let info):
            company = info
            values += ["", "", "", "", "", "", info.name ?? "", info.domain ?? "", "", "", "", ""]
        case .emailVerification, .notFound, .previewEmpty, .failed, nil:
            company = nil
            values += Array(repeating: "", count: Self.baseFields.count - 2)
        }
        if self.selection.contains(.company) {
            values += Self.companyValues(company)
        }
        return values
    }

    private static func companyValues(_ company: CompanyInfo?) -> [String] {
        guard let company else { return Array(repeating: "", count: Self.companyFields.count) }
        return [
            company.id, company.industry, company.numberOfEmployees.map(String.init), company.employeeRange,
            company.linkedinUrl, company.locationInfo?.city, company.locationInfo?.areaLevel1,
            company.locationInfo?.country, company.foundedYear.map(String.init),
            company.fundingInfo?.fundingTotalUsd.map(String.init), company.fundingInfo?.lastFundingType,
            company.technologies?.compactMap(\.name).joined(separator: "; "),
        ].map { $0 ?? "" }
    }
}
