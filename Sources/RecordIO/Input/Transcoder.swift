/// Turns bytes in a legacy or UTF-16 encoding into UTF-8, chunk by chunk, carrying split characters across chunks.
struct Transcoder {
    enum Source {
        case latin1
        case windows1252
        case utf16LittleEndian
        case utf16BigEndian
    }

    let source: Source
    /// A byte (odd UTF-16 chunk) or a high surrogate waiting for the rest of its character.
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(source: Source) {
        self.source = source
    }

    /// The most UTF-8 bytes one input byte can become, for sizing reads.
    var maximumExpansion: Int {
        switch self.source {
        case .latin1: 2
        case .windows1252: 3
        case .utf16LittleEndian, .utf16BigEndian: 2
        }
    }

    mutating func decode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        switch self.source {
        case .latin1:
            for byte in input { Self.appendScalar(UInt32(byte), to: &output) }
        case .windows1252:
            for byte in input {
                let scalar = (0x80...0x9F).contains(byte) ? Self.windows1252High[Int(byte) - 0x80] : UInt32(byte)
                Self.appendScalar(scalar, to: &output)
            }
        case .utf16LittleEndian, .utf16BigEndian:
            self.decodeUTF16(input, into: &output)
        }
    }

    /// Whatever was left half-decoded at the end of the input becomes U+FFFD, so no byte vanishes silently.
    mutating func finish(into output: inout [UInt8]) {
        if self.pendingByte != nil || self.pendingHighSurrogate != nil {
            Self.appendScalar(0xFFFD, to: &output)
        }
        self.pendingByte = nil
        self.pendingHighSurrogate = nil
    }

    private mutating func decodeUTF16(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var index = 0
        while index < input.count {
            let first: UInt8
            if let pending = self.pendingByte {
                first = pending
                self.pendingByte = nil
            } else {
                first = input[index]
                index += 1
                guard index < input.count else {
                    self.pendingByte = first
                    return
                }
            }
            let second = input[index]
            index += 1
            let unit =
                self.source == .utf16LittleEndian
                ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second)
            self.appendUnit(unit, to: &output)
        }
    }

    private mutating func appendUnit(_ unit: UInt16, to output: inout [UInt8]) {
        if let high = self.pendingHighSurrogate {
            self.pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                Self.appendScalar(scalar, to: &output)
                return
            }
            Self.appendScalar(0xFFFD, to: &output)
        }
        switch unit {
        case 0xD800...0xDBFF: self.pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: Self.appendScalar(0xFFFD, to: &output)
        default: Self.appendScalar(UInt32(unit), to: &output)
        }
    }

    static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Windows-1252's characters at 0x80…0x9F (the five unassigned bytes map to themselves, as browsers do).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
