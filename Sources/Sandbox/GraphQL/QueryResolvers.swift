import Foundation
import GraphQL
import LeadIQ

/// The six root fields LeadIQ's clients use, over `SyntheticDirectory`. Each decodes its `input` into the LeadIQ
/// wire model the client encoded it from and answers with LeadIQ wire models, which the executor walks by name.
enum QueryResolvers {
    static let all: [String: GraphQLFieldResolve] = [
        "account": account,
        "searchPeople": searchPeople,
        "searchPeoplePreview": searchPeoplePreview,
        "searchCompany": searchCompany,
        "flatAdvancedSearch": flatAdvancedSearch,
        "groupedAdvancedSearch": groupedAdvancedSearch,
    ]

    /// Free. `available` is what remains and `used` what was spent, both in whole credits.
    static let account: GraphQLFieldResolve = { _, _, context, _ in
        let store = try Self.context(context).store
        let total = store.configuration.credits
        let available = await store.creditsAvailable.tenths / 10
        let plan = MeteredPlan(
            name: "Universal Credits",
            product: "Universal",
            status: "Active",
            nextBillingPeriod: Self.nextBillingPeriod(after: Date()),
            available: available,
            used: total - available
        )
        let account: [String: any Sendable] = ["plans": [plan], "universalPlan": plan]
        return account
    }

    /// The first day of the month after `date`, in UTC, as a monthly plan renews: always ahead of the caller's clock.
    static func nextBillingPeriod(after date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let month = calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
        return ISO8601DateFormatter().string(from: calendar.date(byAdding: .month, value: 1, to: month)!)
    }

    /// Charges each matched person for what the document selected and was not unlocked before; no match, no charge.
    static let searchPeople: GraphQLFieldResolve = { _, arguments, context, info in
        let context = try Self.context(context)
        let input = try Self.input(SearchPeopleInput.self, arguments)
        await context.store.countSearchPeopleLookup()
        let skip = max(0, input.skip ?? 0)
        let limit = max(0, input.limit ?? 1)
        guard let person = context.directory.person(matching: input) else {
            return SearchResult(totalResults: 0, hasMore: false, results: [])
        }
        guard skip == 0, limit > 0 else {
            return SearchResult(totalResults: 1, hasMore: false, results: [])
        }
        let selection = PersonSelectionCost.selection(of: SelectedFields(info.fieldASTs, fragments: info.fragments))
        try Self.check(await context.store.unlock(person, selection: selection), info: info)
        return SearchResult(totalResults: 1, hasMore: false, results: [person])
    }

    /// Free.
    static let searchPeoplePreview: GraphQLFieldResolve = { _, arguments, context, _ in
        try Self.context(context).directory.preview(Self.input(SearchPeoplePreviewInput.self, arguments))
    }

    /// Charges firmographics (fields beyond id, name and domain) once per company returned, unless they were unlocked
    /// before.
    static let searchCompany: GraphQLFieldResolve = { _, arguments, context, info in
        let context = try Self.context(context)
        let input = try Self.input(SearchCompanyInput.self, arguments)
        guard let company = context.directory.company(matching: input) else {
            return CompanySearchResult(totalResults: 0, hasMore: false, results: [])
        }
        let selected = SelectedFields(info.fieldASTs, fragments: info.fragments).child("results").names
        let cost: Credits =
            selected.subtracting(["id", "name", "domain", "__typename"]).isEmpty ? .zero : Credits(whole: 3)
        try Self.check(await context.store.unlockFirmographics(ofCompany: company.id, cost: cost), info: info)
        return CompanySearchResult(totalResults: 1, hasMore: false, results: [company])
    }

    /// Free: advanced search returns profiles to enrich later, and the enrichment is what is billed.
    static let flatAdvancedSearch: GraphQLFieldResolve = { _, arguments, context, info in
        let input = try Self.input(FlatSearchInput.self, arguments)
        try Self.checkWindow(skip: input.skip, limit: input.limit, info: info)
        return try Self.context(context).directory.flatSearch(input)
    }

    static let groupedAdvancedSearch: GraphQLFieldResolve = { _, arguments, context, info in
        let input = try Self.input(GroupedSearchInput.self, arguments)
        try Self.checkWindow(skip: input.skip, limit: input.limit, info: info)
        return try Self.context(context).directory.groupedSearch(input)
    }

    /// Turns a refused unlock into LeadIQ's insufficient-credits error.
    private static func check(_ unlock: SandboxStore.Unlock, info: GraphQLResolveInfo) throws {
        if case .refused(let cost, let available) = unlock {
            throw SandboxGraphQLError.insufficientCredits(cost: "\(cost)", available: "\(available)", info: info)
        }
    }

    private static func checkWindow(skip: Int?, limit: Int?, info: GraphQLResolveInfo) throws {
        let end = (skip ?? 0) + (limit ?? SyntheticDirectory.defaultSearchLimit)
        guard end <= LeadIQContract.maxAdvancedSearchWindow else {
            throw SandboxGraphQLError.badRequest(
                "skip + limit may not exceed \(LeadIQContract.maxAdvancedSearchWindow); narrow the filters instead.",
                info: info
            )
        }
    }

    private static func input<T: Decodable>(_ type: T.Type, _ arguments: Map) throws -> T {
        try MapDecoder().decode(type, from: arguments["input"])
    }

    private static func context(_ context: any Sendable) throws -> ResolverContext {
        guard let context = context as? ResolverContext else {
            throw GraphQLError(message: "The sandbox executed a document without its resolver context.")
        }
        return context
    }
}
