/// Which kind of lookup a row may become (`--mode`).
public enum MatchMode: String, CaseIterable, Sendable, Codable {
    /// A person when the row identifies one, else a company when it identifies one.
    case auto
    /// Only person lookups; rows without a person identifier are skipped.
    case people
    /// Only company lookups, from the row's company fields.
    case company
}
