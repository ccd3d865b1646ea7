/// FNV-1a, 64 bits: a short name for a text that is the same on every run and machine (Swift's `Hasher` is seeded
/// per process, so it cannot name a file or a journal entry a later run must find).
public enum StableHash {
    /// The hash as 16 hexadecimal digits.
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
