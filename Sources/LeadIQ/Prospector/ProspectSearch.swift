/// Which saved prospects `GET /v1/prospects` returns: those with a work email, or those with a first and last name.
public enum ProspectSearch: Sendable, Hashable {
    case email(String)
    case name(first: String, last: String)
}
