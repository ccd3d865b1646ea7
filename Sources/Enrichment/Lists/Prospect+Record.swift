import LeadIQ
import RecordIO

extension Prospect {
    /// The columns of an exported prospect, the same for every prospect so a CSV export has one header.
    public static let recordFields = [
        "id", "personId", "firstName", "lastName", "name", "title", "seniority", "function",
        "workEmail",
        "emailStatus", "personalEmails", "mobilePhones", "linkedinId", "linkedinUrl",
        "location.formatted",
        "location.streetLine1", "location.streetLine2", "location.city", "location.state",
        "location.zip",
        "location.country", "company.id", "company.name", "company.domain", "company.industry",
        "company.employees",
        "company.phone", "company.location.formatted", "listIds", "notes", "createdAt", "updatedAt",
    ]

    /// The prospect flattened into one row of `recordFields`: nested objects as dotted columns, arrays joined with
    /// `; `, absent values empty. `index` is the prospect's place in the export.
    public func record(index: Int, source: String) -> Record {
        let location = self.location
        let company = self.company
        let values: [String?] = [
            self.id, self.personId, self.firstName, self.lastName, self.name, self.title, self.seniority,
            self.function, self.workEmail, self.emailStatus, self.personalEmails?.joined(separator: "; "),
            self.mobilePhones?.map(\.value).joined(separator: "; "), self.linkedinId, self.linkedinUrl,
            location?.formatted, location?.streetLine1, location?.streetLine2, location?.city,
            location?.state,
            location?.zip, location?.country, company?.id, company?.name, company?.domain,
            company?.industry,
            company?.employees.map(String.init), company?.phone, company?.location?.formatted,
            self.listIds.joined(separator: "; "), self.notes, self.createdAt, self.updatedAt,
        ]
        return Record(
            names: Self.recordFields,
            values: values.map { $0 ?? "" },
            position: SourcePosition(file: source, line: index + 1, index: index)
        )
    }
}
