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
        Int(SeededRandom.mix(self.value ^ salt.multipliedReportingOverflow(by: 0x9e37_79b9_7f4a_7c15).partialValue)
            % UInt64(count))
    }

    /// One element of `choices`.
    func pick<T>(_ choices: [T], salt: UInt64 = 0) -> T {
        choices[self.pick(choices.count, salt: salt)]
    }

    /// A 24-hex-digit identifier, the shape LeadIQ uses for people, companies, lists and prospects.
    var objectID: String {
        let high = String(self.value, radix: 16)
        let low = String(SeededRandom.mix(self.value) & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 8 - low.count) + low
    }
}
