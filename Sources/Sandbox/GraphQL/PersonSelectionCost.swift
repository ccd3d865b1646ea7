import GraphQL
import LeadIQ

/// Reads which paid data points a `searchPeople` field selects, per the published rules: work or personal emails are
/// `email`, work or personal phones are `phone`, `companyInfo` fields beyond id, name and domain are `company`, and any
/// other person field is `profile`. `FieldSelection.personCost` then prices one matched person.
enum PersonSelectionCost {
    private static let freeCompanyFields: Set<String> = ["id", "name", "domain", "__typename"]
    private static let freePersonFields: Set<String> = ["id", "_id", "__typename"]

    static func selection(of searchPeople: SelectedFields) -> FieldSelection {
        let person = searchPeople.child("results")
        let positions = person.child("currentPositions")
        var selection: FieldSelection = []
        if !person.names.subtracting(Self.freePersonFields).isEmpty {
            selection.insert(.profile)
        }
        if !positions.names.isDisjoint(with: ["emails", "workEmail"]) || person.names.contains("personalEmails") {
            selection.insert(.email)
        }
        if positions.names.contains("phones") || person.names.contains("personalPhones") {
            selection.insert(.phone)
        }
        if !positions.child("companyInfo").names.subtracting(Self.freeCompanyFields).isEmpty {
            selection.insert(.company)
        }
        return selection
    }

    /// What returning `person` costs under `selection` when the data points in `unlocked`, and the firmographics of the
    /// companies `companyIsUnlocked` names, were paid for already. Company data is charged per current position
    /// returned; a position without a company id is charged every time.
    static func cost(
        of person: PersonRecord,
        selection: FieldSelection,
        unlocked: FieldSelection,
        companyIsUnlocked: (String) -> Bool
    ) -> Credits {
        var due = selection.subtracting(unlocked).subtracting(.company)
        var companies = 0
        if selection.contains(.company) {
            companies = (person.currentPositions ?? []).filter { position in
                Self.company(of: position).map { !companyIsUnlocked($0) } ?? true
            }.count
            if companies > 0 {
                due.insert(.company)
            }
        }
        guard !due.isEmpty else { return .zero }
        return due.personCost(companies: companies)
    }

    /// The personal data points a lookup under `selection` leaves unlocked: an email or phone unlock includes the
    /// profile, whose fee it replaces.
    static func unlockedPersonalData(by selection: FieldSelection) -> FieldSelection {
        var unlocked = selection.subtracting(.company)
        if !unlocked.isDisjoint(with: [.email, .phone]) {
            unlocked.insert(.profile)
        }
        return unlocked
    }

    /// The ids of the companies `person`'s current positions are at.
    static func companies(of person: PersonRecord) -> [String] {
        (person.currentPositions ?? []).compactMap(Self.company)
    }

    private static func company(of position: PositionRecord) -> String? {
        position.companyId ?? position.companyInfo?.id
    }
}
