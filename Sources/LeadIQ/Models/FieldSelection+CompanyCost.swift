extension FieldSelection {
    /// What one matched `searchCompany` lookup costs at most: its document always selects firmographics, which LeadIQ
    /// bills per company returned whatever the person selection.
    public static let companyLookupCost = Credits(tenths: 30)
}
