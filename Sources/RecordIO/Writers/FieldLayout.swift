/// How a record's dotted field names nest: `person.email` and `person.name` become one `person` holding two fields.
///
/// A dotted name stays flat (one key with dots in it) when one of its prefixes is itself a field (`phone` and
/// `phone.type`), or when it has an empty segment (`a..b`), so no value is ever dropped or overwritten.
struct FieldLayout: Equatable {
    enum Event: Equatable {
        case open(String)
        case field(String, Int)
        case close
    }

    /// The nesting as a walk: open a group, a field with its index in the record, close the group.
    let events: [Event]

    init(names: [String]) {
        let fieldNames = Set(names)
        let root = Group()
        for (index, name) in names.enumerated() {
            let segments = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let nestable =
                segments.count > 1 && !segments.contains(where: \.isEmpty)
                && !(1..<segments.count).contains { fieldNames.contains(segments[..<$0].joined(separator: ".")) }
            root.insert(nestable ? segments[...] : [name], index: index)
        }
        var events: [Event] = []
        root.walk(into: &events)
        self.events = events
    }

    private final class Group {
        enum Member {
            case field(String, Int)
            case group(String, Group)
        }

        var members: [Member] = []
        var groups: [String: Group] = [:]

        func insert(_ path: ArraySlice<String>, index: Int) {
            let key = path.first!
            guard path.count > 1 else {
                self.members.append(.field(key, index))
                return
            }
            let child: Group
            if let existing = self.groups[key] {
                child = existing
            } else {
                child = Group()
                self.groups[key] = child
                self.members.append(.group(key, child))
            }
            child.insert(path.dropFirst(), index: index)
        }

        func walk(into events: inout [Event]) {
            for member in self.members {
                switch member {
                case .field(let key, let index):
                    events.append(.field(key, index))
                case .group(let key, let group):
                    events.append(.open(key))
                    group.walk(into: &events)
                    events.append(.close)
                }
            }
        }
    }
}
