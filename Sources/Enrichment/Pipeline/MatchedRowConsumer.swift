import RecordIO

/// A stage after the enrichment pipeline: takes each matched row, in input order, once its output row is written
/// (for example to save the matches to a Prospector list when the run is over).
public protocol MatchedRowConsumer: AnyObject {
    func consume(_ record: Record, match: LookupOutcome) throws
}
