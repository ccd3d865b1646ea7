/// `searchPeople`'s answer (`SearchResult` in the schema).
public struct SearchResult: Codable, Sendable, Equatable {
    public var totalResults: Int?
    public var hasMore: Bool?
    public var results: [PersonRecord]?

    public init(totalResults: Int? = nil, hasMore: Bool? = nil, results: [PersonRecord]? = nil) {
        self.totalResults = totalResults
        self.hasMore = hasMore
        self.results = results
    }
}

/// `searchCompany`'s answer.
public struct CompanySearchResult: Codable, Sendable, Equatable {
    public var totalResults: Int?
    public var hasMore: Bool?
    public var results: [CompanyInfo]?

    public init(totalResults: Int? = nil, hasMore: Bool? = nil, results: [CompanyInfo]? = nil) {
        self.totalResults = totalResults
        self.hasMore = hasMore
        self.results = results
    }
}

/// `searchPeoplePreview`'s answer: free, says whether an email or phone likely exists.
public struct SearchPeoplePreviewResult: Codable, Sendable, Equatable {
    public var personId: String?
    public var hasEmail: Bool?
    public var hasPhone: Bool?

    public init(personId: String? = nil, hasEmail: Bool? = nil, hasPhone: Bool? = nil) {
        self.personId = personId
        self.hasEmail = hasEmail
        self.hasPhone = hasPhone
    }
}
