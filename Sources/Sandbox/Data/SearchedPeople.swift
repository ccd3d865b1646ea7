import LeadIQ
import Synchronization

/// The people advanced search has handed out, by id, so `searchPeople(id:)` finds the same person again, as
/// LeadIQ does: an id from a search is the most precise identifier there is.
final class SearchedPeople: Sendable {
    /// More than any sandbox session needs; past it the oldest memory is simply dropped.
    private static let capacity = 100_000
    private let people = Mutex<[String: Person]>([:])

    func remember(_ person: Person) {
        guard let id = person.id else { return }
        self.people.withLock { people in
            if people.count >= Self.capacity {
                people.removeAll(keepingCapacity: true)
            }
            people[id] = person
        }
    }

    subscript(id: String) -> Person? {
        self.people.withLock { $0[id] }
    }
}
