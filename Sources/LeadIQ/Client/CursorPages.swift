/// Every item behind a Prospector cursor, fetched one page at a time as the sequence is iterated, so memory stays
/// flat however long the list is.
public struct CursorPages<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    /// Fetches the page after `cursor` (`nil`: the first page) and returns its items and the next cursor.
    typealias FetchPage = @Sendable (_ cursor: String?) async throws -> (items: [Item], nextCursor: String?)

    private let fetchPage: FetchPage

    init(fetchPage: @escaping FetchPage) {
        self.fetchPage = fetchPage
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetchPage: self.fetchPage)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetchPage: FetchPage
        private var buffer: [Item] = []
        private var position = 0
        private var cursor: String?
        private var seenCursors: Set<String> = []
        private var finished = false

        init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Item? {
            while self.position == self.buffer.count {
                guard !self.finished else { return nil }
                let page = try await self.fetchPage(self.cursor)
                self.buffer = page.items
                self.position = 0
                if let next = page.nextCursor {
                    // A server that hands out a cursor twice would otherwise keep us paging forever.
                    guard self.seenCursors.insert(next).inserted else {
                        throw LeadIQError.invalidResponse.with(detail: "the page cursor \(next) came back twice")
                    }
                    self.cursor = next
                } else {
                    self.finished = true
                }
            }
            defer { self.position += 1 }
            return self.buffer[self.position]
        }
    }
}
