/// The word lists fake people and companies are drawn from.
enum Vocabulary {
    struct Role: Sendable {
        let title: String
        let seniority: String
        let function: String
    }

    struct Place: Sendable {
        let city: String
        let region: String
        let country: String
    }

    struct Size: Sendable {
        let employees: Int
        let range: String
    }

    static let firstNames = [
        "Amara", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kavya", "Liam", "Mei",
        "Noor", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wren", "Yusuf", "Zoe",
    ]
    static let lastNames = [
        "Adeyemi", "Berg", "Costa", "Duarte", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski",
        "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga",
        "Weber", "Yilmaz", "Zhang",
    ]
    static let roles = [
        Role(title: "VP of Engineering", seniority: "VP", function: "Engineering"),
        Role(title: "Engineering Manager", seniority: "Manager", function: "Engineering"),
        Role(title: "Director of Sales", seniority: "Director", function: "Sales"),
        Role(title: "Chief Executive Officer", seniority: "Executive", function: "Executive"),
        Role(title: "Senior Software Engineer", seniority: "SeniorIndividualContributor", function: "Engineering"),
        Role(title: "Account Executive", seniority: "Other", function: "Sales"),
        Role(title: "Marketing Manager", seniority: "Manager", function: "Marketing"),
        Role(title: "Head of Operations", seniority: "Director", function: "Operations"),
    ]
    static let places = [
        Place(city: "San Francisco", region: "California", country: "United States"),
        Place(city: "New York", region: "New York", country: "United States"),
        Place(city: "Austin", region: "Texas", country: "United States"),
        Place(city: "London", region: "England", country: "United Kingdom"),
        Place(city: "Toronto", region: "Ontario", country: "Canada"),
        Place(city: "Berlin", region: "Berlin", country: "Germany"),
        Place(city: "Sydney", region: "New South Wales", country: "Australia"),
    ]
    static let sizes = [
        Size(employees: 8, range: "1-10"), Size(employees: 35, range: "11-50"), Size(employees: 140, range: "51-200"),
        Size(employees: 420, range: "201-500"), Size(employees: 2_300, range: "1001-5000"),
        Size(employees: 12_000, range: "10001+"),
    ]
    static let industries = [
        "Computer Software", "Financial Services", "Hospital & Health Care", "Marketing and Advertising", "Retail",
        "Logistics and Supply Chain", "Renewables & Environment",
    ]
    static let companyStems = [
        "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne", "acme",
        "tyrell", "cyberdyne", "soylent", "wonka", "gringotts",
    ]
    static let technologies = ["Salesforce", "HubSpot", "Snowflake", "Kubernetes", "Segment", "Zendesk"]
    static let areaCodes = ["212", "312", "415", "512", "617", "646", "720"]
}
