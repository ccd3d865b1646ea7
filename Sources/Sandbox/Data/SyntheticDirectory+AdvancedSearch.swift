import Foundation
import LeadIQ

/// Advanced search over the fake directory: every filter yields a stable population of people who satisfy it, paged
/// with `skip` / `limit`.
extension SyntheticDirectory {
    static let defaultSearchLimit = 10
    static let defaultLimitPerCompany = 3

    func flatSearch(_ input: FlatSearchInput) -> PersonSearchResponse {
        let filterKey = Self.key(contactFilter: input.contactFilter, companyFilter: input.companyFilter)
        let total = 40 + StableHash(filterKey).pick(460)
        let window = Self.window(skip: input.skip, limit: input.limit, total: total)
        let people = window.map { index in
            self.searchPerson(
                key: "\(filterKey)#\(index)",
                index: index,
                contactFilter: input.contactFilter,
                company: self.searchCompany(index: index, filter: input.companyFilter, filterKey: filterKey)
            )
        }
        return PersonSearchResponse(totalPeople: Int64(total), people: people)
    }

    func groupedSearch(_ input: GroupedSearchInput) -> CompanySearchResponse {
        let filterKey = Self.key(contactFilter: input.contactFilter, companyFilter: input.companyFilter)
        let total = 10 + StableHash(filterKey).pick(90)
        let perCompany = max(0, input.limitPerCompany ?? Self.defaultLimitPerCompany)
        let companies = Self.window(skip: input.skip, limit: input.limit, total: total).map { index in
            let company = self.searchCompany(index: index, filter: input.companyFilter, filterKey: filterKey)
            let contacts = 1 + StableHash("\(filterKey)@\(index)").pick(40)
            let people = (0..<min(perCompany, contacts)).map { person in
                self.searchPerson(
                    key: "\(filterKey)@\(index)#\(person)",
                    index: person,
                    contactFilter: input.contactFilter,
                    company: company
                )
            }
            return CompanyWithPeople(company: company, people: people, totalContactsInCompany: Int64(contacts))
        }
        return CompanySearchResponse(totalCompanies: Int64(total), companies: companies)
    }

    private static func window(skip: Int?, limit: Int?, total: Int) -> Range<Int> {
        let start = min(max(0, skip ?? 0), total)
        let end = min(total, start + max(0, limit ?? Self.defaultSearchLimit))
        return start..<end
    }

    /// Filters in a canonical JSON form, so equal filters give equal populations.
    private static func key(contactFilter: ContactFilter?, companyFilter: CompanyFilter?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let contact = (try? encoder.encode(contactFilter)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let company = (try? encoder.encode(companyFilter)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return "search:\(contact)|\(company)"
    }

    /// A person who satisfies `contactFilter`: roles, seniorities, titles and locations are taken from the filter.
    private func searchPerson(key: String, index: Int, contactFilter: ContactFilter?, company: Company) -> Person {
        let hash = StableHash(key)
        let role = hash.pick(Vocabulary.roles, salt: 1)
        let first = hash.pick(Vocabulary.firstNames, salt: 2)
        let last = hash.pick(Vocabulary.lastNames, salt: 3)
        let place = hash.pick(Vocabulary.places, salt: 4)
        let location = Self.cycle(contactFilter?.locations, index)
        let slug = "\(first)-\(last)-\(100 + hash.pick(900, salt: 5))".lowercased()
        let person = Person(
            id: hash.objectID,
            companyId: company.id,
            name: "\(first) \(last)",
            firstName: first,
            lastName: last,
            title: Self.cycle(contactFilter?.titles, index) ?? role.title,
            role: Self.cycle(contactFilter?.roles, index) ?? role.function,
            seniority: Self.cycle(contactFilter?.seniorities, index) ?? role.seniority,
            linkedinId: slug,
            linkedinUrl: "https://www.linkedin.com/in/\(slug)",
            city: location?.city ?? (location == nil ? place.city : nil),
            state: location?.areaLevel1 ?? (location == nil ? place.region : nil),
            country: location?.country ?? (location == nil ? place.country : nil),
            company: company
        )
        self.searched.remember(person)
        return person
    }

    /// A company that satisfies `filter`: named companies and domains are used in turn, sizes and industries respected.
    private func searchCompany(index: Int, filter: CompanyFilter?, filterKey: String) -> Company {
        let hash = StableHash("\(filterKey)/company\(index)")
        let domain =
            Self.cycle(filter?.domains, index)
            ?? Self.cycle(filter?.names, index).map(IdentifierNormalization.guessedDomain)
            ?? "\(hash.pick(Vocabulary.companyStems))\(index).com"
        let info = self.company(domain: domain, name: Self.cycle(filter?.names, index))
        let size = Self.cycle(filter?.sizes, index)
        let employees = size.map { size in
            let low = size.min ?? 1
            return low + hash.pick(max(1, (size.max ?? low * 10) - low + 1), salt: 1)
        }
        return Company(
            id: info.id,
            name: info.name,
            domain: info.domain,
            industry: Self.cycle(filter?.industries, index) ?? info.industry,
            employeeCount: employees ?? info.numberOfEmployees,
            linkedinId: info.linkedinId,
            city: info.locationInfo?.city,
            state: info.locationInfo?.areaLevel1,
            country: info.locationInfo?.country
        )
    }

    private static func cycle<T>(_ values: [T]?, _ index: Int) -> T? {
        guard let values, !values.isEmpty else { return nil }
        return values[index % values.count]
    }
}
