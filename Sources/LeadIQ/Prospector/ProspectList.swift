/// A Prospector list (`List` in the OpenAPI document).
public struct ProspectList: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// `owner` or `collaborator`.
    public var role: String
    public var description: String?
    public var status: String?
    public var visibility: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: String,
        name: String,
        role: String,
        description: String? = nil,
        status: String? = nil,
        visibility: String? = nil,
        createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.description = description
        self.status = status
        self.visibility = visibility
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// The body of `POST /v1/lists`: a name of 1 to 200 characters and a description of at most 2,000.
public struct ListInput: Codable, Sendable, Equatable {
    public var name: String
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}

/// One page of a cursor-paged Prospector listing; `nextCursor` is `null` on the last page.
public struct CursorPage<Item: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    // `nextCursor` is required (nullable), so it is written as `null` rather than left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.items, forKey: .items)
        try container.encode(self.nextCursor, forKey: .nextCursor)
    }
}

/// One page of `GET /v1/lists`.
public typealias PaginatedLists = CursorPage<ProspectList>

/// One page of `GET /v1/lists/{listId}/prospects` or `GET /v1/prospects`.
public typealias PaginatedProspects = CursorPage<Prospect>
