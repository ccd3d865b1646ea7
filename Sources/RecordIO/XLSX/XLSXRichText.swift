/// Collects the text of a string item (`<si>` of the shared strings, `<is>` of an inline string cell): plain
/// `<t>` or the `<t>` of each formatting run, without the phonetic guides (`<rPh>`) East Asian workbooks add.
struct XLSXRichText {
    private var text = ""
    private var isInText = false
    private var isInPhonetic = false

    /// Takes in the stream's current node, which lies inside the string item.
    mutating func observe(_ stream: XMLStream) {
        switch (stream.node, stream.localName) {
        case (.element, "t"): self.isInText = !self.isInPhonetic && !stream.isEmptyElement
        case (.endElement, "t"): self.isInText = false
        case (.element, "rPh"): self.isInPhonetic = !stream.isEmptyElement
        case (.endElement, "rPh"): self.isInPhonetic = false
        case (.text, _) where self.isInText: self.text += stream.value
        default: break
        }
    }

    /// The text collected so far, `_xHHHH_` codes decoded; starts the next item.
    mutating func take() -> String {
        defer { self.text = "" }
        return XLSXText.decode(self.text)
    }
}
