/// A record's encoding with the per-record values left as holes: fixed bytes (tags, keys, punctuation) precomputed
/// once per set of field names, so writing a record is copying bytes and escaping values.
struct RecordTemplate {
    /// The field names this template was built for.
    let names: [String]
    /// Every fixed byte, in order; the holes say where values go between them.
    private var fixed: [UInt8] = []
    private var holes: [(fixedEnd: Int, valueIndex: Int)] = []

    init(names: [String]) {
        self.names = names
    }

    mutating func append(_ text: String) {
        self.fixed.append(contentsOf: text.utf8)
    }

    mutating func append(_ bytes: [UInt8]) {
        self.fixed.append(contentsOf: bytes)
    }

    /// Leaves a hole for the record's value at `index`.
    mutating func appendValue(_ index: Int) {
        self.holes.append((self.fixed.count, index))
    }

    /// Appends one record's encoding to `output`: the fixed bytes, and each value through `writeValue`.
    func render(into output: inout [UInt8], value writeValue: (Int, inout [UInt8]) -> Void) {
        self.fixed.withUnsafeBufferPointer { fixed in
            var start = 0
            for hole in self.holes {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[start..<hole.fixedEnd]))
                writeValue(hole.valueIndex, &output)
                start = hole.fixedEnd
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[start...]))
        }
    }
}
