import Foundation

extension String {
    /// The text without leading and trailing white space and newlines (Unicode's, so a spreadsheet's non-breaking
    /// space goes too). Most cells have none, and Foundation's scan costs more than the rest of matching a row: it
    /// runs only when an end of the text is not plain visible ASCII.
    var trimmedOfWhitespace: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        let visibleASCII: ClosedRange<UInt8> = 0x21...0x7E
        if visibleASCII.contains(first) && visibleASCII.contains(last) {
            return self
        }
        return self.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
