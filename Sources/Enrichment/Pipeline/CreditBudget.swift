import LeadIQ

/// `--max-credits`: credits are reserved at a lookup's maximum cost before it is sent, so the budget holds however
/// the answers interleave, and handed back when a lookup turns out to cost nothing.
struct CreditBudget: Sendable {
    /// `nil` for no limit.
    let limit: Credits?
    private(set) var reserved: Credits = .zero

    init(limit: Credits?) {
        self.limit = limit
    }

    /// Reserves `cost`, or returns `false` and reserves nothing when that would exceed the limit.
    mutating func reserve(_ cost: Credits) -> Bool {
        if let limit = self.limit, limit < self.reserved + cost {
            return false
        }
        self.reserved += cost
        return true
    }

    /// Reserves `cost` whatever the limit: for an answer whose credits were spent already.
    mutating func reserveBeyondLimit(_ cost: Credits) {
        self.reserved += cost
    }

    mutating func release(_ cost: Credits) {
        self.reserved = self.reserved - cost
    }
}
