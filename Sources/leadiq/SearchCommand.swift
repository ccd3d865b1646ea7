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
            Search returns profiles, not contact data, and is free. With --enrich each person is then looked up by \
            their LeadIQ id as `leadiq enrich` does (--fields, --dry-run, --max-credits, cache and journal), and \
            only that step spends credits. With --list NAME the people (with --enrich: the matched people and \
            their data) are saved to a new list; without --enrich each row gets leadiq_status, leadiq_reason and \
            leadiq_prospect_id.
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

    @Flag(help: "Enrich the people found (searchPeople by id), as leadiq enrich does; this step costs credits.")
    var enrich = false

    @OptionGroup var list: NewListOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var enrichment: EnrichmentOptions
    @OptionGroup var job: JobOptions
    @OptionGroup var storage: StorageOptions
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
        if !self.enrich {
            let enrichOnly = [
                ("--dry-run", self.job.dryRun), ("--max-credits", self.job.maxCredits != nil),
                ("--rejects", self.job.rejects != nil), ("--report", self.job.report != nil),
            ]
            if let (name, _) = enrichOnly.first(where: \.1) {
                throw ValidationError("\(name) applies to the enrichment step: give --enrich too (search is free).")
            }
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
        if self.enrich {
            try await EnrichmentJob(
                task: .enrich(self.enrichment), source: .search(search, identity: try self.identity),
                output: self.output, job: self.job, storage: self.storage, api: self.api, list: self.list.input
            ).execute()
            return
        }
        let newList = self.list.input
        let (path, options) = (self.output.output, self.output.writeOptions)
        let outcome = try await self.api.withConnection(quiet: self.job.quiet) {
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

    /// The search's filters and bounds as text: the same search gives the same text, so its journal is found again.
    private var identity: String {
        get throws {
            struct Identity: Encodable {
                let contact: ContactFilter?
                let company: CompanyFilter?
                let max: Int
                let grouped: Bool
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let identity = Identity(
                contact: self.contactFilter, company: self.companyFilter, max: self.max, grouped: self.grouped
            )
            return String(decoding: try encoder.encode(identity), as: UTF8.self)
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
