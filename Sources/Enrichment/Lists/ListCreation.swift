import LeadIQ

/// Creating a list exactly once, even when the response to the create request is lost.
public enum ListCreation {
    /// Throws `EnrichmentError.listNameTaken` when the caller already has a list called `name`: checked before a run
    /// spends anything on rows it would then have nowhere to save.
    public static func checkNameIsFree(_ name: String, client: LeadIQClient) async throws {
        if try await client.allLists().contains(where: { $0.name == name }) {
            throw EnrichmentError.listNameTaken(name)
        }
    }

    /// Creates the list `input` names. When the answer is lost (a reset, a timeout, a 5xx), the caller's lists are
    /// searched for that name before trying again, so a retry cannot run into our own list; a name that was taken
    /// before we asked throws `EnrichmentError.listNameTaken`.
    public static func create(
        _ input: ListInput,
        client: LeadIQClient,
        maxAttempts: Int = 5
    ) async throws -> ProspectList {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.createList(input)
            } catch let error as LeadIQError where error == .conflict {
                throw EnrichmentError.listNameTaken(input.name)
            } catch let error as LeadIQError
                where (error == .transport || error == .server) && attempt < maxAttempts
            {
                if let made = try await client.allLists().first(where: { $0.name == input.name }) {
                    return made
                }
            }
        }
    }

    /// The list a resumable push goes into: the one an interrupted run of this push created, as its journal says, or
    /// a new one, recorded in the journal as soon as it exists.
    ///
    /// The request to create it is journaled before it is sent, so a run stopped between LeadIQ creating the list and
    /// the journal hearing of it finds, when run again, that the name it is refused is its own list's. Without a
    /// journal (a push that is not resumable), the list is simply created.
    public static func create(
        _ input: ListInput,
        client: LeadIQClient,
        journal: PushJournal?,
        maxAttempts: Int = 5
    ) async throws -> ProspectList {
        guard let journal else { return try await Self.create(input, client: client, maxAttempts: maxAttempts) }
        let journaled = try journal.list()
        if let id = journaled?.id {
            return try await client.list(id: id)
        }
        try journal.recordListRequest(name: input.name)
        let list: ProspectList
        do {
            list = try await Self.create(input, client: client, maxAttempts: maxAttempts)
        } catch let error as EnrichmentError where error == .listNameTaken(input.name) {
            guard journaled?.requestedName == input.name else {
                // Taken before this push first asked for it. Left journaled, the request would make the next run
                // adopt that list as its own and push every row into it again.
                try journal.forgetListRequest()
                throw error
            }
            guard let made = try await client.allLists().first(where: { $0.name == input.name }) else { throw error }
            list = made
        }
        try journal.recordList(id: list.id)
        return list
    }
}
