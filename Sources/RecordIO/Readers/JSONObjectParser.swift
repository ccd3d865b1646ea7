/// Parses one JSON Lines line into flat fields: nested objects become dotted names (`person.email`); strings become
/// values; numbers, booleans, `null` (as an empty value), arrays and empty objects are kept as JSON text and marked
/// as literals so the JSON Lines writer can write them back unchanged.
struct JSONObjectParser {
    /// Why a line is not a JSON object, with the 1-based column where parsing stopped.
    struct SyntaxError: Error {
        let message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private(set) var names: [String] = []
    private(set) var values: [String] = []
    private(set) var literals: Set<Int> = []
    private var scratch: [UInt8] = []
    private static let maximumDepth = 64

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONObjectParser {
        var parser = JSONObjectParser(bytes: bytes)
        parser.skipWhitespace()
        guard parser.peek == UInt8(ascii: "{") else {
            throw SyntaxError(message: "the line is not a JSON object (each line must be one {…} object)")
        }
        parser.offset += 1
        try parser.parseMembers(prefix: "", depth: 1)
        parser.skipWhitespace()
        guard parser.offset == bytes.count else { throw parser.failure("unexpected text after the object") }
        return parser
    }

    private var peek: UInt8? { self.offset < self.bytes.count ? self.bytes[self.offset] : nil }

    private func failure(_ what: String) -> SyntaxError {
        SyntaxError(message: "invalid JSON at column \(self.offset + 1): \(what)")
    }

    private mutating func skipWhitespace() {
        while let byte = self.peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { self.offset += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(SyntaxError) {
        self.skipWhitespace()
        guard self.peek == byte else { throw self.failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        self.offset += 1
    }

    /// Members of an object whose `{` is consumed, each added under `prefix` + its key.
    private mutating func parseMembers(prefix: String, depth: Int) throws(SyntaxError) {
        self.skipWhitespace()
        if self.peek == UInt8(ascii: "}") {
            self.offset += 1
            return
        }
        while true {
            try self.expect(UInt8(ascii: "\""))
            let key = try self.parseString()
            try self.expect(UInt8(ascii: ":"))
            self.skipWhitespace()
            try self.parseMember(name: prefix + key, depth: depth)
            self.skipWhitespace()
            switch self.peek {
            case UInt8(ascii: ","): self.offset += 1
            case UInt8(ascii: "}"):
                self.offset += 1
                return
            default: throw self.failure("expected ',' or '}'")
            }
        }
    }

    private mutating func parseMember(name: String, depth: Int) throws(SyntaxError) {
        guard depth < Self.maximumDepth else { throw self.failure("nested deeper than \(Self.maximumDepth) levels") }
        switch self.peek {
        case UInt8(ascii: "{"):
            self.offset += 1
            let count = self.names.count
            try self.parseMembers(prefix: name + ".", depth: depth + 1)
            if self.names.count == count { self.add(name, "{}", literal: true) }
        case UInt8(ascii: "\""):
            self.offset += 1
            self.add(name, try self.parseString(), literal: false)
        case UInt8(ascii: "n"):
            try self.skipWord("null")
            self.add(name, "", literal: true)
        default:
            let start = self.offset
            try self.skipValue(depth: depth)
            self.add(name, String(decoding: UnsafeBufferPointer(rebasing: self.bytes[start..<self.offset]), as: UTF8.self), literal: true)
        }
    }

    private mutating func add(_ name: String, _ value: String, literal: Bool) {
        if literal { self.literals.insert(self.values.count) }
        self.names.append(name)
        self.values.append(value)
    }

    /// Checks and skips any JSON value (used for arrays, numbers and booleans, kept as their text).
    private mutating func skipValue(depth: Int) throws(SyntaxError) {
        guard depth < Self.maximumDepth else { throw self.failure("nested deeper than \(Self.maximumDepth) levels") }
        self.skipWhitespace()
        switch self.peek {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = self.peek == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            self.offset += 1
            self.skipWhitespace()
            if self.peek == close {
                self.offset += 1
                return
            }
            while true {
                if isObject {
                    try self.expect(UInt8(ascii: "\""))
                    _ = try self.parseString()
                    try self.expect(UInt8(ascii: ":"))
                }
                try self.skipValue(depth: depth + 1)
                self.skipWhitespace()
                if self.peek == UInt8(ascii: ",") {
                    self.offset += 1
                } else {
                    try self.expect(close)
                    return
                }
            }
        case UInt8(ascii: "\""):
            self.offset += 1
            _ = try self.parseString()
        case UInt8(ascii: "t"): try self.skipWord("true")
        case UInt8(ascii: "f"): try self.skipWord("false")
        case UInt8(ascii: "n"): try self.skipWord("null")
        case .some(UInt8(ascii: "-")), .some(UInt8(ascii: "0")...UInt8(ascii: "9")): try self.skipNumber()
        default: throw self.failure("expected a value")
        }
    }

    private mutating func skipWord(_ word: String) throws(SyntaxError) {
        let end = self.offset + word.utf8.count
        guard end <= self.bytes.count, self.bytes[self.offset..<end].elementsEqual(word.utf8) else {
            throw self.failure("expected a value")
        }
        self.offset = end
    }

    private mutating func skipNumber() throws(SyntaxError) {
        let isDigit = { (byte: UInt8?) in byte.map { (0x30...0x39).contains($0) } ?? false }
        if self.peek == UInt8(ascii: "-") { self.offset += 1 }
        guard isDigit(self.peek) else { throw self.failure("malformed number") }
        if self.peek == UInt8(ascii: "0") {
            self.offset += 1
        } else {
            while isDigit(self.peek) { self.offset += 1 }
        }
        if self.peek == UInt8(ascii: ".") {
            self.offset += 1
            guard isDigit(self.peek) else { throw self.failure("malformed number") }
            while isDigit(self.peek) { self.offset += 1 }
        }
        if self.peek == UInt8(ascii: "e") || self.peek == UInt8(ascii: "E") {
            self.offset += 1
            if self.peek == UInt8(ascii: "+") || self.peek == UInt8(ascii: "-") { self.offset += 1 }
            guard isDigit(self.peek) else { throw self.failure("malformed number") }
            while isDigit(self.peek) { self.offset += 1 }
        }
    }

    /// A string whose opening quote is consumed; the fast path copies it once when it has no escapes.
    private mutating func parseString() throws(SyntaxError) -> String {
        let start = self.offset
        var high: UInt8 = 0
        while let byte = self.peek, byte != 0x22, byte != 0x5C, byte >= 0x20 {
            high |= byte
            self.offset += 1
        }
        if self.peek == 0x22 {
            let value = try self.text(UnsafeBufferPointer(rebasing: self.bytes[start..<self.offset]), high: high)
            self.offset += 1
            return value
        }
        self.scratch.removeAll(keepingCapacity: true)
        self.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: self.bytes[start..<self.offset]))
        while true {
            guard let byte = self.peek else { throw self.failure("unterminated string") }
            self.offset += 1
            switch byte {
            case 0x22:
                return try self.scratch.withUnsafeBufferPointer { bytes throws(SyntaxError) in
                    try self.text(bytes, high: 0x80)
                }
            case 0x5C:
                try self.parseEscape()
            case 0..<0x20:
                throw self.failure("control character in a string (escape it)")
            default:
                self.scratch.append(byte)
            }
        }
    }

    private mutating func parseEscape() throws(SyntaxError) {
        guard let byte = self.peek else { throw self.failure("unterminated string") }
        self.offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): self.scratch.append(byte)
        case UInt8(ascii: "b"): self.scratch.append(0x08)
        case UInt8(ascii: "f"): self.scratch.append(0x0C)
        case UInt8(ascii: "n"): self.scratch.append(0x0A)
        case UInt8(ascii: "r"): self.scratch.append(0x0D)
        case UInt8(ascii: "t"): self.scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try self.parseHex4())
            if (0xD800...0xDBFF).contains(scalar), self.peek == 0x5C,
                self.offset + 1 < self.bytes.count, self.bytes[self.offset + 1] == UInt8(ascii: "u")
            {
                self.offset += 2
                let low = UInt32(try self.parseHex4())
                scalar =
                    (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
            } else if (0xD800...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            Transcoder.appendScalar(scalar, to: &self.scratch)
        default:
            throw self.failure("unknown escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = self.peek, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw self.failure("malformed \\u escape")
            }
            value = value << 4 | UInt16(digit)
            self.offset += 1
        }
        return value
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, high: UInt8) throws(SyntaxError) -> String {
        if high < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        guard let value = String(validating: bytes, as: UTF8.self) else {
            throw SyntaxError(message: "bytes that are not valid UTF-8 (pass --encoding if the file is not UTF-8)")
        }
        return value
    }
}
