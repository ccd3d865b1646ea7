import ArgumentParser
import Enrichment
import Foundation
import LeadIQ
import RecordIO

/// `leadiq search`: people by advanced search filters, optionally saved to a new list, written to a file.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Find people with LeadIQ's advanced search, and optionally save them to a new Prospector list.",
        discussion: """
            Filters of one kind are alternatives (--seniority VP,Director finds either); different kinds must all \
            match. Results are paged 100 at a time up to --max people, within LeadIQ's window of 10,000 results. \
            Search returns profiles, not contact data, and is free. With --list NAME the people are saved to a new \
            list and each row gets leadiq_status, leadiq_reason and leadiq_prospect_id.
            """
    )

    @Option(help: "A job title to match (repeatable).")
    var title: [String] = []

    @Option(
        help:
            "Seniorities, comma-separated: VP, Director, Manager, Executive, SeniorIndividualContributor, Other.",
        transform: SearchCommand.seniorities
    )
    var seniority: [[String]] = []

    @Option(help: "Roles (job functions) to match, comma-separated, e.g. Sales,Marketing.")
    var role: [String] = []

    @Option(
        help:
            "Where the person is: \"City, State, Country\", \"State, Country\" or \"Country\" (repeatable)."
    )
    var location: [String] = []

    @Option(name: .customLong("company-domain"), help: "The company's domain (repeatable).")
    var companyDomain: [String] = []

    @Option(name: .customLong("company-name"), help: "The company's name (repeatable).")
    var companyName: [String] = []

    @Option(help: "The company's industry (repeatable).")
    var industry: [String] = []

    @Option(
        name: .customLong("company-size"),
        help: "Employees, as MIN-MAX, MIN- or -MAX (repeatable).",
        transform: SearchCommand.companySize
    )
    var companySize: [CompanySizeFilter] = []

    @Option(help: "Most people to return (1 to 10,000).")
    var max = 25

    @Flag(
        help:
            "Search by company (groupedAdvancedSearch): the matching people of each company, with its columns."
    )
    var grouped = false

    @Option(help: "Save the people found to a new list with this name.")
    var list: String?

    @Option(help: "The new list's description (with --list).")
    var description: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var api: APIOptions

    func validate() throws {
        let window = LeadIQContract.maxAdvancedSearchWindow
        guard (1...window).contains(self.max) else {
            throw ValidationError("--max must be from 1 to \(window), LeadIQ's advanced search window.")
        }
        if self.contactFilter == nil && self.companyFilter == nil {
            throw ValidationError(
                "Give at least one filter, e.g. --role Sales or --company-domain acme.com.")
        }
        if self.description != nil && self.list == nil {
            throw ValidationError("--description applies to a new list: give --list NAME too.")
        }
        if let name = self.list, let problem = ListInput(name: name).validationProblems().first {
            throw ValidationError("--list: \(problem).")
        }
        for location in self.location where Self.locationFilter(location) == nil {
            throw ValidationError(
                "--location '\(location)' should be \"City, State, Country\", \"State, Country\" "
                    + "or \"Country\".")
        }
    }

    var contactFilter: ContactFilter? {
        let seniorities = self.seniority.flatMap { $0 }
        let roles = self.role.flatMap {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let locations = self.location.compactMap(Self.locationFilter)
        let filter = ContactFilter(
            titles: self.title.nonEmpty, seniorities: seniorities.nonEmpty, roles: roles.nonEmpty,
            locations: locations.nonEmpty
        )
        return filter == ContactFilter() ? nil : filter
    }

    var companyFilter: CompanyFilter? {
        let filter = CompanyFilter(
            names: self.companyName.nonEmpty, domains: self.companyDomain.nonEmpty,
            industries: self.industry.nonEmpty,
            sizes: self.companySize.nonEmpty
        )
        return filter == CompanyFilter() ? nil : filter
    }

    func run() async throws {
        let search = PeopleSearch(
            contactFilter: self.contactFilter, companyFilter: self.companyFilter, maxPeople: self.max,
            grouped: self.grouped
        )
        let newList = self.list.map { ListInput(name: $0, description: self.description) }
        let (path, options) = (self.output.output, self.output.writeOptions)
        let outcome = try await self.api.withConnection {
            connection -> (found: Int, push: ListPushSummary?) in
            var found: [Record] = []
            try await search.run(client: connection.client) { found.append($0) }
            var writer = try RecordOutput.open(path, options: options, fallback: .csv)
            guard let newList else {
                for record in found { try writer.write(record) }
                try writer.finish()
                return (found.count, nil)
            }
            let list = try await ListCreation.create(newList, client: connection.client)
            IssueReport.printError("saving to list '\(list.name)' (\(list.id))")
            var push = ListPush(
                pusher: ProspectPusher(client: connection.client, listID: list.id, listIsNew: true))
            var reader = RecordArrayReader(found)
            return (found.count, try await push.run(reader: &reader, writer: &writer, file: "search"))
        }
        IssueReport.printError("found \(outcome.found) \(outcome.found == 1 ? "person" : "people")")
        if let push = outcome.push {
            IssueReport.printError(push.description)
            if push.failed > 0 { throw ExitCode.failure }
        }
    }

    static func seniorities(_ argument: String) throws -> [String] {
        try argument.split(separator: ",").map { spelling in
            guard let seniority = ProspectSeniority(spelling: String(spelling)) else {
                let known = ProspectSeniority.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--seniority: '\(spelling)' is not one of \(known).")
            }
            return seniority.rawValue
        }
    }

    static func companySize(_ argument: String) throws -> CompanySizeFilter {
        let parts = argument.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let bounds = parts.map { $0.isEmpty ? nil : Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, bounds.contains(where: { $0 != nil }),
            !zip(parts, bounds).contains(where: { !$0.0.isEmpty && $0.1 == nil }),
            (bounds[0] ?? 0) <= (bounds[1] ?? Int.max), (bounds[0] ?? 0) >= 0
        else {
            throw ValidationError("--company-size takes MIN-MAX, MIN- or -MAX employees, e.g. 50-200.")
        }
        return CompanySizeFilter(min: bounds[0], max: bounds[1])
    }

    static func locationFilter(_ text: String) -> LocationFilter? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.contains(where: \.isEmpty) else { return nil }
        switch parts.count {
        case 1: return LocationFilter(country: parts[0])
        case 2: return LocationFilter(areaLevel1: parts[0], country: parts[1])
        case 3: return LocationFilter(city: parts[0], areaLevel1: parts[1], country: parts[2])
        default: return nil
        }
    }
}

extension Array {
    /// The array, or `nil` when it is empty: GraphQL filters leave out what was not asked for.
    fileprivate var nonEmpty: [Element]? { self.isEmpty ? nil : self }
}
