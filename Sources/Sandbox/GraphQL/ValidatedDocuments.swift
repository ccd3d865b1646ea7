import GraphQL

/// Documents that already parsed and validated, by their text. Clients send the same few documents over and over with
/// different variables, so each is checked against the schema once rather than on every request.
actor ValidatedDocuments {
    /// Bounds memory when a client generates many distinct documents (e.g. alias batches of varying size).
    static let capacity = 256

    private var documents: [String: Document] = [:]

    func document(for query: String) -> Document? {
        self.documents[query]
    }

    func remember(_ document: Document, for query: String) {
        if self.documents.count >= Self.capacity {
            self.documents.removeAll(keepingCapacity: true)
        }
        self.documents[query] = document
    }
}
