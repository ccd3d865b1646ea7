/// The field names of records that may each hold other ones (JSON Lines, XML), each once, in the order they first
/// appear.
public struct FieldNameUnion: Sendable {
    public private(set) var names: [String] = []
    private var seen: Set<String> = []

    public init() {}

    public mutating func add(_ record: Record) {
        for name in record.names where self.seen.insert(name).inserted {
            self.names.append(name)
        }
    }
}
