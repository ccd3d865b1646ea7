/// What the matcher makes of one row: a lookup to send, or the reason it sends nothing.
public enum MatchResult: Sendable, Hashable {
    case lookup(Lookup)
    case skipped(SkipReason)
}
