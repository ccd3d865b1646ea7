import ArgumentParser
import LeadIQ

/// A Prospector list a command creates for what it found or matched.
struct NewListOptions: ParsableArguments, Sendable {
    @Option(help: "Save the people to a new Prospector list with this name.")
    var list: String?

    @Option(help: "The new list's description (with --list).")
    var description: String?

    func validate() throws {
        if self.description != nil && self.list == nil {
            throw ValidationError("--description applies to a new list: give --list NAME too.")
        }
        if let name = self.list, let problem = ListInput(name: name).validationProblems().first {
            throw ValidationError("--list: \(problem).")
        }
    }

    /// The list to create, if one was asked for.
    var input: ListInput? {
        self.list.map { ListInput(name: $0, description: self.description) }
    }
}
