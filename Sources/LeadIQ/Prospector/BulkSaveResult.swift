/// The answer to `POST /v1/lists/{listId}/prospects/batch`: `failed[].index` points into the request's array.
public struct BulkSaveResult: Codable, Sendable, Equatable {
    public var succeeded: [Prospect]
    public var failed: [Failure]

    public init(succeeded: [Prospect], failed: [Failure]) {
        self.succeeded = succeeded
        self.failed = failed
    }

    public struct Failure: Codable, Sendable, Equatable {
        public var index: Int
        public var reason: String

        public init(index: Int, reason: String) {
            self.index = index
            self.reason = reason
        }
    }
}

/// The answer to `GET /v1/verify-email`.
public struct EmailVerification: Codable, Sendable, Equatable {
    /// `Verified`, `VerifiedLikely`, `Unverified` or `Invalid`.
    public var status: String

    public init(status: String) {
        self.status = status
    }
}
