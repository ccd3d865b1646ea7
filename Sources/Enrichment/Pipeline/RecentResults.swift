/// A bounded memory of recent answers: at most `capacity` entries, the least recently used forgotten first (roughly).
///
/// Two generations instead of a linked LRU list: lookups go to the current generation, and when it holds half the
/// capacity it becomes the previous one and the old previous generation is dropped. An entry found in the previous
/// generation moves back into the current one. Constant time, no per-entry bookkeeping, and memory stays flat however
/// many distinct lookups a run makes.
struct RecentResults<Key: Hashable, Value> {
    private let generationSize: Int
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]

    init(capacity: Int) {
        self.generationSize = max(1, capacity / 2)
    }

    mutating func value(for key: Key) -> Value? {
        if let value = self.current[key] {
            return value
        }
        guard let value = self.previous.removeValue(forKey: key) else { return nil }
        self.insert(value, for: key)
        return value
    }

    mutating func insert(_ value: Value, for key: Key) {
        if self.current.count >= self.generationSize {
            self.previous = self.current
            self.current = [:]
        }
        self.current[key] = value
    }
}
