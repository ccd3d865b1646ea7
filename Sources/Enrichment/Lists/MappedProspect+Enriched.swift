import LeadIQ

extension MappedProspect {
    /// The prospect a matched person becomes when an enrichment run saves its matches to a list: LeadIQ's own data,
    /// with `personId`, which LeadIQ matches prospects on and verifies phones against. Values the published schema
    /// would refuse (a seniority or email status outside its enums, empty texts) are left out.
    public static func enriched(_ person: PersonRecord) -> MappedProspect {
        let position = person.primaryPosition
        let company = position?.companyInfo
        let email = person.bestWorkEmail
        let input = ProspectInput(
            firstName: person.name?.first?.nonEmpty ?? "",
            lastName: person.name?.last?.nonEmpty ?? "",
            workEmail: email?.value?.nonEmpty,
            phone: person.bestPhone?.value?.nonEmpty,
            title: position?.title?.nonEmpty,
            seniority: position?.seniority.flatMap(ProspectSeniority.init(rawValue:)),
            function: position?.function?.nonEmpty,
            company: company?.name?.nonEmpty,
            companyDomain: company?.domain?.nonEmpty,
            companyIndustry: company?.industry?.nonEmpty,
            companyId: (company?.id ?? position?.companyId)?.nonEmpty,
            linkedinUrl: person.linkedin?.linkedinUrl?.nonEmpty,
            emailStatus: email?.status.flatMap(ProspectEmailStatus.init(rawValue:)),
            location: person.location.flatMap(Self.location),
            personId: person.id?.nonEmpty
        )
        if let problem = input.validationProblems().first {
            return .skipped(reason: problem)
        }
        return .prospect(input, notes: [])
    }

    private static func location(_ location: LocationRecord) -> ProspectLocation? {
        let city = location.city?.nonEmpty
        let state = location.areaLevel1?.nonEmpty
        let country = location.country?.nonEmpty
        guard city != nil || state != nil || country != nil else { return nil }
        return ProspectLocation(city: city, state: state, country: country)
    }
}

extension String {
    /// The string, or `nil` when it is empty: the schema refuses empty texts where it allows absent ones.
    fileprivate var nonEmpty: String? { self.isEmpty ? nil : self }
}
