import LeadIQ

/// What a running sandbox has seen, for tests to assert on: request counts, credits spent and saved prospects.
public struct SandboxStats: Sendable {
    let store: SandboxStore

    /// Requests received at `/graphql`, whatever their outcome (rejected, failed and dropped too, so retries show).
    public var graphQLRequests: Int {
        get async { await self.store.graphQLRequests }
    }

    /// `searchPeople` fields executed, each alias of a batched document counted on its own.
    public var searchPeopleLookups: Int {
        get async { await self.store.searchPeopleLookups }
    }

    /// Prospector requests received, whatever their outcome, by `"METHOD /v1/path/{template}"`,
    /// e.g. `"POST /v1/lists/{listId}/prospects"`.
    public var restRequests: [String: Int] {
        get async { await self.store.restRequests }
    }

    /// The most requests, on both APIs together, that were under way at once (from arrival to response).
    public var mostRequestsAtOnce: Int { self.store.requestsUnderWay.most }

    /// Universal credits charged so far.
    public var creditsUsed: Credits {
        get async { await self.store.creditsUsed }
    }

    /// The prospects saved into a list, in the order they were saved.
    public func prospects(inList listId: String) async -> [Prospect] {
        await self.store.prospects(inList: listId)
    }

    /// All lists, in creation order.
    public var lists: [ProspectList] {
        get async { await self.store.lists }
    }
}
