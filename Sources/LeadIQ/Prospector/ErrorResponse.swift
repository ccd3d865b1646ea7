/// The body of every Prospector error response.
public struct ErrorResponse: Codable, Sendable, Equatable {
    public var code: String
    public var message: String
    /// Free-form in the published schema (any JSON, or `null`), so it is kept as parsed JSON.
    public var details: JSONValue?

    public init(code: String, message: String, details: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }
}
