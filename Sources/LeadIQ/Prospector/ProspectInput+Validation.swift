extension ProspectInput {
    /// Longest `notes` the published schema allows, in Unicode code points as JSON Schema counts.
    public static let maxNotesLength = 5_000

    /// Every way this prospect breaks the published `ProspectInput` schema, as sentences naming the property; empty
    /// when LeadIQ would accept it. Enums and unknown properties cannot be wrong: the types rule them out.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        if self.firstName.allSatisfy(\.isWhitespace) { problems.append("firstName is required") }
        if self.lastName.allSatisfy(\.isWhitespace) { problems.append("lastName is required") }
        let optionalTexts: [(String, String?)] = [
            ("phone", self.phone), ("title", self.title), ("function", self.function), ("company", self.company),
            ("companyDomain", self.companyDomain), ("companyIndustry", self.companyIndustry),
            ("companyId", self.companyId), ("personId", self.personId),
        ]
        for (name, value) in optionalTexts where value?.isEmpty == true {
            problems.append("\(name) must not be empty when present")
        }
        if let email = self.workEmail, !WireFormat.isEmail(email) {
            problems.append("workEmail '\(email)' is not an email address")
        }
        if let url = self.linkedinUrl, !WireFormat.isHTTPURL(url) {
            problems.append("linkedinUrl '\(url)' is not an absolute http(s) URL")
        }
        if let notes = self.notes, notes.unicodeScalars.count > Self.maxNotesLength {
            problems.append("notes are \(notes.unicodeScalars.count) characters long, more than \(Self.maxNotesLength)")
        }
        return problems
    }
}

extension ListInput {
    public static let maxNameLength = 200
    public static let maxDescriptionLength = 2_000

    /// Every way this list breaks the published `ListInput` schema; empty when LeadIQ would accept it.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        let nameLength = self.name.unicodeScalars.count
        if !(1...Self.maxNameLength).contains(nameLength) {
            problems.append("list name must be 1 to \(Self.maxNameLength) characters long, not \(nameLength)")
        }
        if let description = self.description, description.unicodeScalars.count > Self.maxDescriptionLength {
            problems.append("list description must be at most \(Self.maxDescriptionLength) characters long")
        }
        return problems
    }
}
