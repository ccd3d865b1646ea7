/// The GraphQL documents from LeadIQ's API guide, as clients written against it send them. They must run against the
/// sandbox unchanged.
enum GuideDocuments {
    static let account = """
        query Account {
        account {
        plans {
        name
        product
        status
        nextBillingPeriod
        }
        dataHubPlan {
        name
        product
        status
        nextBillingPeriod
        available
        used
        }
        universalPlan {
        name
        product
        status
        nextBillingPeriod
        available
        used
        }
        }
        }
        """

    static let searchPerson = """
        query SearchPerson($input: SearchPeopleInput!) {
        searchPeople(input: $input) {
        totalResults
        hasMore
        results {
        id
        name { fullName first last }
        currentPositions {
        title
        seniority
        function
        companyInfo { id name domain }
        emails { value status type }
        phones { value type verificationStatus }
        }
        linkedin { linkedinUrl }
        }
        }
        }
        """

    static let flatAdvancedSearch = """
        query FlatAdvancedSearch($input: FlatSearchInput!) {
        flatAdvancedSearch(input: $input) {
        totalPeople
        people { id }
        }
        }
        """

    static let groupedSearch = """
        query GroupedSearch($input: GroupedSearchInput!) {
        groupedAdvancedSearch(input: $input) {
        totalCompanies
        companies {
        totalContactsInCompany
        company { id name domain industry employeeCount }
        people {
        id name title seniority linkedinUrl
        }
        }
        }
        }
        """

    static let searchCompany = """
        query SearchCompany($input: SearchCompanyInput!) {
        searchCompany(input: $input) {
        totalResults
        results {
        id
        name
        domain
        industry
        numberOfEmployees
        locationInfo { city areaLevel1 country }
        fundingInfo { fundingTotalUsd lastFundingType }
        technologies { name category }
        }
        }
        }
        """
}
