import LeadIQ
import RecordIO

/// An advanced search for people, paged with `skip` / `limit` inside LeadIQ's 10,000-result window, each person
/// handed on as a row with the contact field names leadiq maps automatically (so it can be enriched or pushed).
public struct PeopleSearch: Sendable {
    public var contactFilter: ContactFilter?
    public var companyFilter: CompanyFilter?
    /// Most people to hand on.
    public var maxPeople: Int
    /// Search by company (`groupedAdvancedSearch`), handing on each company's people with its columns.
    public var grouped: Bool
    /// Results asked for per request: people, or companies when grouped.
    public var pageSize: Int

    public static let defaultPageSize = 100

    public init(
        contactFilter: ContactFilter?,
        companyFilter: CompanyFilter?,
        maxPeople: Int,
        grouped: Bool = false,
        pageSize: Int = PeopleSearch.defaultPageSize
    ) {
        self.contactFilter = contactFilter
        self.companyFilter = companyFilter
        self.maxPeople = maxPeople
        self.grouped = grouped
        self.pageSize = pageSize
    }

    /// The column of each person's LeadIQ id: a name leadiq maps to that id when reading the rows back, which is not
    /// the `leadiq_person_id` an enrichment of the rows appends.
    public static let idField = "leadiq_id"

    /// The columns of every row, in order.
    public static let fields = [
        PeopleSearch.idField, "first_name", "last_name", "full_name", "title", "role", "seniority",
        "linkedin_url",
        "city", "state", "country", "company_id", "company_name", "company_domain", "company_industry",
        "company_employees", "company_linkedin_id",
    ]

    /// Runs the search page by page and calls `body` with each person's row until `maxPeople`, the last result or the
    /// end of the 10,000-result window; returns the number of search requests sent.
    @discardableResult
    public func run(client: LeadIQClient, _ body: (Record) async throws -> Void) async throws -> Int {
        let window = LeadIQContract.maxAdvancedSearchWindow
        var handed = 0
        var skip = 0
        var requests = 0
        while handed < self.maxPeople && skip < window {
            let limit = min(
                self.pageSize, window - skip, self.grouped ? self.pageSize : self.maxPeople - handed)
            requests += 1
            let people: [(Person, Company?)]
            let total: Int64?
            if self.grouped {
                let page = try await client.groupedAdvancedSearch(
                    GroupedSearchInput(
                        companyFilter: self.companyFilter, contactFilter: self.contactFilter, skip: skip,
                        limit: limit
                    )
                )
                let companies = page.companies ?? []
                people = companies.flatMap { group in
                    (group.people ?? []).map { ($0, group.company ?? $0.company) }
                }
                total = page.totalCompanies
                skip += companies.count
                if companies.count < limit { skip = window }
            } else {
                let page = try await client.flatAdvancedSearch(
                    FlatSearchInput(
                        companyFilter: self.companyFilter, contactFilter: self.contactFilter, skip: skip,
                        limit: limit
                    )
                )
                people = (page.people ?? []).map { ($0, $0.company) }
                total = page.totalPeople
                skip += people.count
                if people.count < limit { skip = window }
            }
            if let total, Int64(skip) >= total { skip = window }
            for (person, company) in people.prefix(self.maxPeople - handed) {
                try await body(Self.record(person, company: company, index: handed))
                handed += 1
            }
        }
        return requests
    }

    static func record(_ person: Person, company: Company?, index: Int) -> Record {
        let values: [String?] = [
            person.id, person.firstName, person.lastName, person.name, person.title, person.role,
            person.seniority,
            person.linkedinUrl, person.city, person.state, person.country,
            company?.id ?? person.companyId,
            company?.name, company?.domain, company?.industry, company?.employeeCount.map(String.init),
            company?.linkedinId,
        ]
        return Record(
            names: Self.fields,
            values: values.map { $0 ?? "" },
            position: SourcePosition(file: "search", line: index + 1, index: index)
        )
    }
}
