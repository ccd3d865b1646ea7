/// A hash that is the same on every run and platform (Swift's `Hasher` is seeded per process), so an identifier always
/// maps to the same fake person.
struct StableHash: Sendable, Hashable {
    let value: UInt64

    /// FNV-1a over the UTF-8 bytes, then a SplitMix64 finaliser so that nearby keys spread over all bits.
    init(_ key: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.value = SeededRandom.mix(hash)
    }

    /// A value in `0..<count` that differs per `salt`, so different attributes of one person are independent.
    func pick(_ count: Int, salt: UInt64 = 0) -> Int {
        let salted = self.value ^ (salt &* 0x9e37_79b9_7f4a_7c15)
        return Int(SeededRandom.mix(salted) % UInt64(count))
    }

    /// One element of `choices`.
    func pick<T>(_ choices: [T], salt: UInt64 = 0) -> T {
        choices[self.pick(choices.count, salt: salt)]
    }

    /// A 24-hex-digit identifier, the shape LeadIQ uses for people, companies, lists and prospects.
    var objectID: String {
        Self.hex(self.value, digits: 16) + Self.hex(SeededRandom.mix(self.value) & 0xffff_ffff, digits: 8)
    }

    /// `value` in lower-case hex, zero-padded to `digits`.
    static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
