import LeadIQ

/// LeadIQ's data, faked: every identifier maps through `StableHash` to the same person or company on every run.
/// About one identifier in ten is not found; `KnownPeople` lists fixed answers and identifiers that are never found.
struct SyntheticDirectory: Sendable {
    /// The `updatedAt` every record carries, so responses are byte-for-byte reproducible.
    static let timestamp = "2026-01-15T12:00:00Z"

    /// Everyone advanced search returned, so a lookup by their id finds them.
    let searched = SearchedPeople()

    // MARK: People

    /// The person `searchPeople` finds for `input`, or `nil` when LeadIQ would find nobody.
    func person(matching input: SearchPeopleInput) -> PersonRecord? {
        if let known = self.knownPerson(matching: input) {
            return known.record
        }
        if input.linkedinUrl == nil, input.email == nil, let id = input.id, let found = self.searched[id] {
            return self.person(searched: found, id: id)
        }
        guard let seed = PersonSeed(input), !seed.isNeverFound else { return nil }
        let hash = StableHash(seed.key)
        guard hash.pick(10, salt: 99) != 0 else { return nil }
        return self.generatePerson(seed, hash: hash)
    }

    private func knownPerson(matching input: SearchPeopleInput) -> KnownPeople.Entry? {
        KnownPeople.all.first { entry in
            if let url = input.linkedinUrl {
                return IdentifierNormalization.linkedinSlug(url)
                    == IdentifierNormalization.linkedinSlug(entry.linkedinUrl)
            }
            if let email = input.email {
                return IdentifierNormalization.email(email) == entry.email
            }
            if let id = input.id {
                return id == entry.record.id
            }
            guard let seed = PersonSeed(input), let first = seed.first, let last = seed.last else { return false }
            let sameName =
                IdentifierNormalization.words("\(first) \(last)")
                == IdentifierNormalization.words("\(entry.firstName) \(entry.lastName)")
            let sameCompany =
                seed.domain.map { IdentifierNormalization.domain($0) == entry.companyDomain }
                ?? seed.companyName.map {
                    IdentifierNormalization.words($0) == IdentifierNormalization.words(entry.companyName)
                } ?? false
            return sameName && sameCompany
        }
    }

    private func generatePerson(_ seed: PersonSeed, hash: StableHash) -> PersonRecord {
        let guessedName =
            seed.email.flatMap(IdentifierNormalization.nameFromEmail)
            ?? seed.slug.flatMap(IdentifierNormalization.nameFromSlug)
        let first = seed.first ?? guessedName?.first ?? hash.pick(Vocabulary.firstNames, salt: 1)
        let last = seed.last ?? guessedName?.last ?? hash.pick(Vocabulary.lastNames, salt: 2)
        let emailDomain = seed.email.flatMap { $0.split(separator: "@").last.map(String.init) }
        let domain =
            seed.domain ?? emailDomain
            ?? seed.companyName.map(IdentifierNormalization.guessedDomain)
            ?? hash.pick(Vocabulary.companyStems, salt: 3) + ".com"
        let company = self.company(domain: domain, name: seed.companyName)
        let role = hash.pick(Vocabulary.roles, salt: 4)
        let slug = seed.slug ?? "\(first)-\(last)-\(100 + hash.pick(900, salt: 5))".lowercased()
        let local = "\(first).\(last)".lowercased()

        // Contact data is not universal, so that `searchPeoplePreview` has something to say: about one person in four
        // has no phone at all, and one in eight found by something other than an address has no work email.
        let hasPhone = hash.pick(4, salt: 17) != 0
        let hasWorkEmail = seed.email != nil || hash.pick(8, salt: 18) != 0
        var emails = [
            EmailRecord(
                value: seed.email ?? "\(local)@\(domain)",
                type: "WorkEmail",
                status: hash.pick(["Verified", "Verified", "VerifiedLikely", "Unverified"], salt: 6)
            )
        ]
        if !hasWorkEmail {
            emails = []
        } else if hash.pick(4, salt: 7) == 0 {
            let invalid = "\(first.prefix(1))\(last)@\(domain)".lowercased()
            emails.append(EmailRecord(value: invalid, type: "WorkEmail", status: "Invalid"))
        }
        let workPhone = PhoneRecord(
            value: "+1 \(hash.pick(Vocabulary.areaCodes, salt: 8)) 555 \(1000 + hash.pick(9000, salt: 9))",
            type: hash.pick(["WorkPhone", "WorkMobile", "WorkHQ"], salt: 10),
            status: "LikelyAccurate",
            verificationStatus: hash.pick(["LikelyAccurate", "None"], salt: 11)
        )
        let personalPhones =
            hasPhone && hash.pick(3, salt: 12) == 0
            ? [
                PhoneRecord(
                    value: "+1 \(hash.pick(Vocabulary.areaCodes, salt: 13)) 555 \(1000 + hash.pick(9000, salt: 14))",
                    type: "PersonalMobile",
                    status: "LikelyAccurate",
                    verificationStatus: "LikelyAccurate"
                )
            ] : []
        let personalEmails =
            hash.pick(3, salt: 15) == 0
            ? [EmailRecord(value: "\(local)@gmail.com", type: "PersonalEmail", status: "Verified")] : []
        let place = hash.pick(Vocabulary.places, salt: 16)

        return PersonRecord(
            id: hash.objectID,
            name: NameInfo(first: first, last: last, fullName: "\(first) \(last)"),
            currentPositions: [
                PositionRecord(
                    companyId: company.id,
                    title: role.title,
                    seniority: role.seniority,
                    function: role.function,
                    companyInfo: company,
                    emails: emails,
                    phones: hasPhone ? [workPhone] : []
                )
            ],
            linkedin: LinkedinRecord(linkedinId: slug, linkedinUrl: "https://www.linkedin.com/in/\(slug)"),
            personalEmails: personalEmails,
            personalPhones: personalPhones,
            location: LocationRecord(city: place.city, areaLevel1: place.region, country: place.country)
        )
    }

    /// The full record of someone advanced search returned: the same name, position, company and profile, with
    /// contact data derived as for anyone else.
    private func person(searched: Person, id: String) -> PersonRecord {
        let seed = PersonSeed(
            key: "id:\(id)", first: searched.firstName, last: searched.lastName,
            slug: searched.linkedinUrl.map(IdentifierNormalization.linkedinSlug),
            companyName: searched.company?.name, domain: searched.company?.domain
        )
        var record = self.generatePerson(seed, hash: StableHash(seed.key))
        record.id = id
        if var position = record.currentPositions?.first {
            position.title = searched.title ?? position.title
            position.seniority = searched.seniority ?? position.seniority
            position.function = searched.role ?? position.function
            record.currentPositions = [position]
        }
        record.location = LocationRecord(city: searched.city, areaLevel1: searched.state, country: searched.country)
        return record
    }

    /// `searchPeoplePreview`: whether a lookup would find an email and a phone, without revealing them. Agrees with
    /// `searchPeople` on the same identifiers: `hasEmail` exactly when the person has a work email a client can use
    /// (neither `Invalid` nor `Suppressed`), `hasPhone` exactly when they have any phone.
    func preview(_ input: SearchPeoplePreviewInput) -> SearchPeoplePreviewResult {
        let lookup = SearchPeopleInput(
            firstName: input.firstName,
            lastName: input.lastName,
            fullName: input.fullName,
            company: CompanyDetails(name: input.companyName, domain: input.companyDomain),
            linkedinUrl: input.linkedinUrl,
            email: input.email
        )
        guard let person = self.person(matching: lookup) else {
            return SearchPeoplePreviewResult(personId: nil, hasEmail: false, hasPhone: false)
        }
        let positions = person.currentPositions ?? []
        let hasEmail = positions.contains { position in
            (position.emails ?? []).contains { email in
                email.value?.isEmpty == false && !["Invalid", "Suppressed"].contains(email.status ?? "")
            }
        }
        let phones = positions.flatMap { $0.phones ?? [] } + (person.personalPhones ?? [])
        let hasPhone = phones.contains { $0.value?.isEmpty == false }
        return SearchPeoplePreviewResult(personId: person.id, hasEmail: hasEmail, hasPhone: hasPhone)
    }

    /// `verify-email`'s verdict, the same for every spelling of an address: the status a record already lists for it
    /// (a known person's, or the one a `searchPeople` by the address finds), else `Invalid` for `.invalid` domains,
    /// else one picked by the address's hash.
    func emailStatus(_ email: String) -> String {
        let address = IdentifierNormalization.email(email)
        let found = self.person(matching: SearchPeopleInput(email: address))
        let listed = (KnownPeople.all.map(\.record) + [found].compactMap { $0 }).lazy
            .flatMap { $0.currentPositions ?? [] }
            .flatMap { $0.emails ?? [] }
            .first { $0.value.map(IdentifierNormalization.email) == address }
        if let status = listed?.status {
            return status
        }
        if address.hasSuffix(".invalid") {
            return "Invalid"
        }
        return StableHash("verify:\(address)").pick(["Verified", "VerifiedLikely", "Unverified", "Invalid"])
    }

    // MARK: Companies

    /// The company `searchCompany` finds for `input`, or `nil`.
    func company(matching input: SearchCompanyInput) -> CompanyInfo? {
        if let known = KnownPeople.companies.first(where: { known in
            input.id.map { $0 == known.id }
                ?? input.domain.map { IdentifierNormalization.domain($0) == known.domain }
                ?? input.name.map {
                    IdentifierNormalization.words($0) == IdentifierNormalization.words(known.name ?? "")
                }
                ?? false
        }) {
            return known
        }
        let key: String
        let domain: String
        if let id = input.id {
            key = "company-id:\(id)"
            domain = StableHash(key).pick(Vocabulary.companyStems) + ".com"
        } else if let given = input.domain {
            domain = IdentifierNormalization.domain(given)
            key = "company:\(domain)"
        } else if let slug = (input.linkedinUrl.map(IdentifierNormalization.linkedinSlug) ?? input.linkedinId) {
            let name = slug.split(separator: "/").last.map(String.init) ?? slug
            domain = IdentifierNormalization.guessedDomain(companyName: name)
            key = "company-linkedin:\(slug)"
        } else if let name = input.name {
            domain = IdentifierNormalization.guessedDomain(companyName: name)
            key = "company-name:\(IdentifierNormalization.words(name))"
        } else {
            return nil
        }
        guard !domain.hasSuffix(".invalid"), StableHash(key).pick(10, salt: 99) != 0 else { return nil }
        var company = self.company(domain: domain, name: input.name)
        if let id = input.id {
            company.id = id
        }
        return company
    }

    /// The company behind `domain`; `name` overrides the name guessed from the domain.
    func company(domain: String, name: String?) -> CompanyInfo {
        let domain = IdentifierNormalization.domain(domain)
        if let known = KnownPeople.companies.first(where: { $0.domain == domain }) {
            return known
        }
        let hash = StableHash("company:\(domain)")
        let stem = String(domain.split(separator: ".").first ?? "company")
        let companyName = name ?? stem.capitalized
        let industry = hash.pick(Vocabulary.industries, salt: 1)
        let size = hash.pick(Vocabulary.sizes, salt: 2)
        let place = hash.pick(Vocabulary.places, salt: 3)
        return CompanyInfo(
            id: hash.objectID,
            name: companyName,
            domain: domain,
            industry: industry,
            numberOfEmployees: size.employees,
            employeeRange: size.range,
            linkedinId: String(hash.value % 10_000_000),
            linkedinUrl: "https://www.linkedin.com/company/\(stem)",
            description: "\(companyName) builds \(industry.lowercased()) products.",
            foundedYear: 1970 + hash.pick(55, salt: 4),
            locationInfo: LocationInfo(city: place.city, areaLevel1: place.region, country: place.country),
            fundingInfo: FundingInfo(
                fundingTotalUsd: Int64(1 + hash.pick(200, salt: 5)) * 500_000,
                lastFundingType: hash.pick(["Seed", "Series A", "Series B", "Series C"], salt: 6)
            ),
            technologies: [
                TechnologyInfo(name: hash.pick(Vocabulary.technologies, salt: 7), category: "Software")
            ]
        )
    }
}
