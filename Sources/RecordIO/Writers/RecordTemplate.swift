/// A record's encoding with the per-record values left as holes: fixed bytes (tags, keys, punctuation) precomputed
/// once per set of field names, so writing a record is copying bytes and escaping values.
struct RecordTemplate {
    enum Piece {
        case bytes([UInt8])
        case value(Int)
    }

    private(set) var pieces: [Piece] = []
    /// The field names this template was built for.
    let names: [String]

    init(names: [String]) {
        self.names = names
    }

    mutating func append(_ text: String) {
        self.append(Array(text.utf8))
    }

    mutating func append(_ bytes: [UInt8]) {
        if case .bytes(let previous) = self.pieces.last {
            self.pieces[self.pieces.count - 1] = .bytes(previous + bytes)
        } else {
            self.pieces.append(.bytes(bytes))
        }
    }

    mutating func appendValue(_ index: Int) {
        self.pieces.append(.value(index))
    }
}
