import Foundation

/// A LeadIQ API key as LeadIQ issues it: base64 text.
///
/// The key is secret, so the type never prints it: `description`, `debugDescription` and reflection show a placeholder,
/// and only the two header values below expose it, for the request that needs it.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let base64Text: String
    private let decodedText: String

    /// Accepts the key as LeadIQ's settings page shows it; surrounding whitespace (a trailing newline in a file) is
    /// dropped. Throws `LeadIQError.invalidAPIKey` when the text is empty or not base64 of UTF-8 text.
    public init(_ text: String) throws(LeadIQError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty,
            let data = Data(base64Encoded: trimmed),
            let decoded = String(data: data, encoding: .utf8),
            !decoded.isEmpty
        else {
            throw LeadIQError.invalidAPIKey
        }
        self.base64Text = trimmed
        self.decodedText = decoded
    }

    /// `Authorization` value for the GraphQL API: `Basic` followed by the key as given.
    public var graphQLHeaderValue: String { "Basic \(self.base64Text)" }

    /// `X-API-Key` value for the Prospector API: the base64-decoded key, with no prefix.
    public var prospectorHeaderValue: String { self.decodedText }

    public var description: String { "APIKey(redacted)" }
    public var debugDescription: String { self.description }
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }

    /// Removes both forms of the key from `text`, for messages that quote what a server sent back.
    func redacting(_ text: String) -> String {
        text.replacingOccurrences(of: self.base64Text, with: "<redacted>")
            .replacingOccurrences(of: self.decodedText, with: "<redacted>")
    }
}
