/// The `_xHHHH_` convention of spreadsheet XML text: characters XML cannot carry (most control characters) are written
/// as their UTF-16 code in hex between `_x` and `_`, and a literal `_x` that looks like such a code has its underscore
/// written as `_x005F_`.
enum XLSXText {
    /// `text` with every `_xHHHH_` replaced by its character (left as is when it names half a surrogate pair).
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let scalar = Self.code(in: bytes, at: index) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `value` ready for the XML text escaping of `XMLWriter.appendEscaped`: control characters other than tab, LF
    /// and CR as `_xHHHH_`, and the underscore of a code-like `_x` as `_x005F_`, so both read back as they were.
    static func encode(_ value: String) -> String {
        var contiguous = value
        return contiguous.withUTF8 { bytes in
            let needsCodes = bytes.indices.contains { index in
                let byte = bytes[index]
                return (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
                    || Self.code(in: bytes, at: index) != nil
            }
            guard needsCodes else { return value }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            for (index, byte) in bytes.enumerated() {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    let hex = String(byte, radix: 16, uppercase: true)
                    output.append(contentsOf: "_x\(String(repeating: "0", count: 4 - hex.count))\(hex)_".utf8)
                } else if Self.code(in: bytes, at: index) != nil {
                    output.append(contentsOf: "_x005F_".utf8)
                } else {
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The character coded by `_xHHHH_` at `index`, if one starts there.
    private static func code<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Unicode.Scalar?
    where Bytes.Index == Int {
        guard index + 7 <= bytes.endIndex, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var code: UInt32 = 0
        for offset in 2..<6 {
            guard let digit = Character(Unicode.Scalar(bytes[index + offset])).hexDigitValue else { return nil }
            code = code << 4 | UInt32(digit)
        }
        return Unicode.Scalar(code)
    }
}
