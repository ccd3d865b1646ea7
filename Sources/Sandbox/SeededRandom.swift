/// SplitMix64: a small generator whose sequence depends only on its seed, so fault injection is reproducible.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state = self.state &+ 0x9e37_79b9_7f4a_7c15
        return Self.mix(self.state)
    }

    /// The SplitMix64 output function, also used to finish `StableHash`.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
