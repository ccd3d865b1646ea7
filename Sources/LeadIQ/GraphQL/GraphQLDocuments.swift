/// The GraphQL documents leadiq sends, built from typed inputs so that what a user selects is exactly what LeadIQ
/// returns and bills.
public enum GraphQLDocuments {
    /// `account`: plans and credit balances. Free.
    public static func account() -> GraphQLQuery<Never> {
        let plan: [Selection] = ["name", "product", "status", "nextBillingPeriod"]
        let meteredPlan = plan + ["available", "used"]
        let fields = [
            Selection(
                "account",
                [
                    Selection("plans", plan), Selection("dataHubPlan", meteredPlan),
                    Selection("universalPlan", meteredPlan),
                ]
            )
        ]
        return GraphQLQuery(
            operationName: "Account",
            query: "query Account \(Selection.render(fields))",
            variables: [:],
            responseKeys: ["account"]
        )
    }

    /// `searchPeople` for one or more lookups in one document.
    ///
    /// One lookup uses the plain field; several use aliases `lookup0…` with their own variables `$input0…`, so LeadIQ
    /// answers (and fails) each lookup under its own key.
    public static func searchPeople(
        _ inputs: [SearchPeopleInput],
        selection: FieldSelection
    ) -> GraphQLQuery<SearchPeopleInput> {
        let result = Selection.render(["totalResults", "hasMore", Selection("results", personRecord(selection))])
        return batch(
            operation: "SearchPeople",
            field: "searchPeople",
            inputType: "SearchPeopleInput",
            inputs: inputs,
            selection: result
        )
    }

    /// `searchCompany`: one company's firmographics.
    public static func searchCompany(_ input: SearchCompanyInput) -> GraphQLQuery<SearchCompanyInput> {
        let result = Selection.render(["totalResults", "hasMore", Selection("results", companyInfo)])
        return batch(
            operation: "SearchCompany",
            field: "searchCompany",
            inputType: "SearchCompanyInput",
            inputs: [input],
            selection: result
        )
    }

    /// `searchPeoplePreview` for one or more people in one document (aliased like `searchPeople`): whether a work
    /// email and a phone likely exist. Free.
    ///
    /// Only the flags for the contact data in `selection` are selected (both when it has neither, as LeadIQ wants at
    /// least one).
    public static func searchPeoplePreview(
        _ inputs: [SearchPeoplePreviewInput],
        selection: FieldSelection = [.email, .phone]
    ) -> GraphQLQuery<SearchPeoplePreviewInput> {
        let asksForContact = selection.contains(.email) || selection.contains(.phone)
        var fields: [Selection] = ["personId"]
        if selection.contains(.email) || !asksForContact { fields.append("hasEmail") }
        if selection.contains(.phone) || !asksForContact { fields.append("hasPhone") }
        return batch(
            operation: "SearchPeoplePreview",
            field: "searchPeoplePreview",
            inputType: "SearchPeoplePreviewInput",
            inputs: inputs,
            selection: Selection.render(fields)
        )
    }

    /// `flatAdvancedSearch`: people matching company and contact filters.
    public static func flatAdvancedSearch(_ input: FlatSearchInput) -> GraphQLQuery<FlatSearchInput> {
        batch(
            operation: "FlatAdvancedSearch",
            field: "flatAdvancedSearch",
            inputType: "FlatSearchInput",
            inputs: [input],
            selection: Selection.render(["totalPeople", Selection("people", person)])
        )
    }

    /// `groupedAdvancedSearch`: the same search, grouped by company.
    public static func groupedAdvancedSearch(_ input: GroupedSearchInput) -> GraphQLQuery<GroupedSearchInput> {
        let company: [Selection] = [
            "totalContactsInCompany", Selection("company", Self.company), Selection("people", person),
        ]
        return batch(
            operation: "GroupedAdvancedSearch",
            field: "groupedAdvancedSearch",
            inputType: "GroupedSearchInput",
            inputs: [input],
            selection: Selection.render(["totalCompanies", Selection("companies", company)])
        )
    }

    /// A query selecting `field` once per input; aliased `lookupN` with `$inputN` when there is more than one.
    private static func batch<Input: Encodable & Sendable>(
        operation: String,
        field: String,
        inputType: String,
        inputs: [Input],
        selection: String
    ) -> GraphQLQuery<Input> {
        let names: [(key: String, variable: String)] =
            inputs.count == 1
            ? [(field, "input")]
            : inputs.indices.map { ("lookup\($0)", "input\($0)") }
        let declarations = names.map { "$\($0.variable): \(inputType)!" }.joined(separator: ", ")
        let fields = names.map { name in
            let alias = name.key == field ? "" : "\(name.key): "
            return "\(alias)\(field)(input: $\(name.variable)) \(selection)"
        }
        return GraphQLQuery(
            operationName: operation,
            query: "query \(operation)(\(declarations)) { \(fields.joined(separator: " ")) }",
            variables: Dictionary(uniqueKeysWithValues: zip(names.map(\.variable), inputs)),
            responseKeys: names.map(\.key)
        )
    }

    /// The `PersonRecord` fields that carry the selected data points, and nothing else.
    static func personRecord(_ selection: FieldSelection) -> [Selection] {
        var sets: [[Selection]] = [["id"]]
        if selection.contains(.profile) {
            sets.append([
                Selection("name", ["first", "last", "fullName"]),
                Selection("linkedin", ["linkedinUrl"]),
                Selection(
                    "currentPositions",
                    [
                        "companyId", "title", "seniority", "function",
                        Selection("companyInfo", ["id", "name", "domain"]),
                    ]
                ),
            ])
        }
        if selection.contains(.email) {
            sets.append([
                Selection("currentPositions", ["companyId", Selection("emails", ["value", "type", "status"])])
            ])
        }
        if selection.contains(.phone) {
            let phone: [Selection] = ["value", "type", "status", "verificationStatus"]
            sets.append([
                Selection("currentPositions", ["companyId", Selection("phones", phone)]),
                Selection("personalPhones", phone),
            ])
        }
        if selection.contains(.company) {
            sets.append([Selection("currentPositions", ["companyId", Selection("companyInfo", companyInfo)])])
        }
        return Selection.merge(sets)
    }

    /// Every `CompanyInfo` field the wire model reads; beyond id, name and domain these are billed firmographics.
    private static let companyInfo: [Selection] = [
        "id", "name", "domain", "industry", "numberOfEmployees", "employeeRange", "linkedinId", "linkedinUrl",
        "description", "foundedYear",
        Selection("locationInfo", ["city", "areaLevel1", "country", "postalCode", "formattedAddress"]),
        Selection("fundingInfo", ["fundingTotalUsd", "lastFundingType"]),
        Selection("technologies", ["name", "category"]),
    ]

    /// Advanced search's `Company`.
    private static let company: [Selection] = [
        "id", "name", "domain", "industry", "employeeCount", "linkedinId", "city", "state", "country",
    ]

    /// Advanced search's `Person`: a profile, never contact data.
    private static let person: [Selection] = [
        "id", "companyId", "name", "firstName", "lastName", "title", "role", "seniority", "linkedinId", "linkedinUrl",
        "city", "state", "country", Selection("company", company),
    ]
}
