/// How enrichment fields are named in the output.
public enum ProjectionStyle: String, Sendable, Hashable, Codable {
    /// Flat columns after the input's own: `leadiq_status`, `leadiq_work_email`, … (CSV, XML).
    case columns
    /// Dotted keys (`leadiq.status`, …) that the JSONL writer re-nests into one `leadiq` object.
    case nested

    /// The output field name for the enrichment field `name` (`status`, `work_email`, …).
    public func fieldName(_ name: String) -> String {
        switch self {
        case .columns: "leadiq_" + name
        case .nested: "leadiq." + name
        }
    }
}
