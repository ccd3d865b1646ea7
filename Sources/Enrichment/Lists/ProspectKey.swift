import LeadIQ

/// Who a prospect is, for telling whether a prospect sent in a lost batch was saved: the work email when there is
/// one, else the LinkedIn URL, else LeadIQ's person id, else the name and company.
struct ProspectKey: Hashable {
    private let value: String

    init(_ input: ProspectInput) {
        self.init(
            email: input.workEmail, linkedin: input.linkedinUrl, personID: input.personId,
            name: [input.firstName, input.lastName, input.company ?? ""]
        )
    }

    init(_ prospect: Prospect) {
        self.init(
            email: prospect.workEmail, linkedin: prospect.linkedinUrl, personID: prospect.personId,
            name: [prospect.firstName ?? "", prospect.lastName ?? "", prospect.company?.name ?? ""]
        )
    }

    private init(email: String?, linkedin: String?, personID: String?, name: [String]) {
        if let email {
            self.value = "email:" + email.lowercased()
        } else if let linkedin {
            self.value = "linkedin:" + linkedin.lowercased()
        } else if let personID {
            self.value = "person:" + personID
        } else {
            self.value = "name:" + name.map { $0.lowercased() }.joined(separator: "\u{1F}")
        }
    }
}
