import LeadIQ

extension PersonRecord {
    /// The position leadiq reports: LeadIQ lists the current one first.
    var primaryPosition: PositionRecord? {
        self.currentPositions?.first
    }

    /// The most confident work email across current positions that is neither invalid nor suppressed; the first one
    /// wins a tie, following LeadIQ's own order.
    var bestWorkEmail: EmailRecord? {
        var best: (email: EmailRecord, rank: Int)?
        for email in (self.currentPositions ?? []).flatMap({ $0.emails ?? [] }) where email.value?.isEmpty == false {
            guard let rank = Self.emailRank(email.status) else { continue }
            if best.map({ rank > $0.rank }) ?? true {
                best = (email, rank)
            }
        }
        return best?.email
    }

    /// A work phone LeadIQ rates likely accurate, else any work phone, else a personal phone.
    var bestPhone: PhoneRecord? {
        let workPhones = (self.currentPositions ?? []).flatMap { $0.phones ?? [] }.filter { $0.value?.isEmpty == false }
        return workPhones.first(where: { $0.verificationStatus == "LikelyAccurate" })
            ?? workPhones.first
            ?? self.personalPhones?.first(where: { $0.value?.isEmpty == false })
    }

    /// Higher is more confident; `nil` for statuses that must never be used. Unknown statuses rank lowest but count:
    /// an address LeadIQ returned without a verdict is still better than none.
    private static func emailRank(_ status: String?) -> Int? {
        switch status {
        case "Verified": 3
        case "VerifiedLikely": 2
        case "Unverified": 1
        case "Invalid", "Suppressed": nil
        default: 0
        }
    }
}
