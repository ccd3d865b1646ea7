/// Watches the bytes of an XML document up to its root element for entity declarations (`<!ENTITY`), so such a
/// document is refused before libxml2 parses any of them: no external entity is resolved and no expansion begins.
///
/// Comments are skipped; the watch ends at the root element's `<`, since a DOCTYPE can only come before it.
struct XMLPrologGuard {
    /// The 1-based line the scan has reached.
    private(set) var line = 1
    private var isFinished = false
    private var isInComment = false
    /// The last bytes seen, enough to match `<!ENTITY` across reads.
    private var recent: [UInt8] = []
    private static let entity = Array("<!ENTITY".utf8)
    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)

    /// Scans the next bytes of the document; returns the line of an entity declaration if they hold one.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Int? {
        for byte in bytes {
            if self.isFinished { return nil }
            if self.recent.count == Self.entity.count { self.recent.removeFirst() }
            self.recent.append(byte)
            if byte == 0x0A { self.line += 1 }
            if self.isInComment {
                self.isInComment = !self.recent.ends(with: Self.commentEnd)
            } else if self.recent.ends(with: Self.commentStart) {
                self.isInComment = true
            } else if self.recent.ends(with: Self.entity) {
                return self.line
            } else if self.recent.count >= 2 && self.recent[self.recent.count - 2] == UInt8(ascii: "<")
                && (byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                    || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")))
            {
                self.isFinished = true
            }
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        self.count >= suffix.count && self[(self.count - suffix.count)...].elementsEqual(suffix)
    }
}
