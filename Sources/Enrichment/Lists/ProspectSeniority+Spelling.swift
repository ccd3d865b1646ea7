import LeadIQ

extension ProspectSeniority {
    /// The seniority a CRM spelling stands for (`Vice President`, `SVP`, `Head of`, `C-Level`…); `nil` when the text
    /// names none of the published values, so the field is left out rather than guessed.
    public init?(spelling: String) {
        let words = spelling.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let joined = words.joined()
        if let exact = Self.allCases.first(where: { $0.rawValue.lowercased() == joined }) {
            self = exact
            return
        }
        guard let match = Self.spellings.first(where: { _, spellings in spellings.contains(joined) })
        else {
            return nil
        }
        self = match.0
    }

    /// Spellings with everything but letters removed, lower-cased.
    private static let spellings: [(ProspectSeniority, Set<String>)] = [
        (
            .vp,
            [
                "vicepresident", "svp", "evp", "avp", "seniorvicepresident", "executivevicepresident",
                "vps",
            ]
        ),
        (.director, ["directors", "seniordirector", "headof", "head", "dir"]),
        (.manager, ["managers", "mgr", "seniormanager", "teamlead", "lead"]),
        (
            .executive,
            [
                "clevel", "csuite", "cxo", "chief", "chiefofficer", "ceo", "cfo", "coo", "cto", "cmo",
                "cio", "cro",
                "founder", "cofounder", "owner", "president", "partner", "executives",
            ]
        ),
        (
            .seniorIndividualContributor,
            ["senior", "seniorindividualcontributor", "senioric", "sric", "principal", "staff", "ic"]
        ),
        (.other, ["entry", "entrylevel", "intern", "training", "juniorlevel", "junior"]),
    ]
}
