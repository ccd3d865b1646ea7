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

    /// What returning `person` costs under `selection`: company data is charged per current position returned.
    static func cost(of person: PersonRecord, selection: FieldSelection) -> Credits {
        guard !selection.isEmpty else { return .zero }
        return selection.personCost(companies: person.currentPositions?.count ?? 0)
    }
}
