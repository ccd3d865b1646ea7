/// The column names CRM and prospecting tools export for each canonical field, normalised (lower case, letters and
/// digits only), best match first.
///
/// Covers the default exports of HubSpot, Salesforce (reports and Data Loader), Apollo, LinkedIn Sales Navigator,
/// Outreach and Pipedrive; nested JSON keys arrive dotted (`person.email`) and normalise the same way (`personemail`).
enum HeaderSynonyms {
    static let table: [(CanonicalField, [String])] = [
        (.email, [
            "email", "emailaddress", "workemail", "workemailaddress", "businessemail", "personemail", "contactemail",
            "emailwork", "personemailwork", "primaryemail", "professionalemail", "email1", "emails", "mail",
        ]),
        (.linkedinURL, [
            "linkedinurl", "personlinkedinurl", "linkedinprofile", "linkedinprofileurl", "linkedin", "linkedinlink",
            "linkedinpublicurl", "publicprofileurl", "profileurl", "personlinkedin", "contactlinkedinurl",
            "linkedinpersonurl",
        ]),
        (.firstName, [
            "firstname", "first", "givenname", "fname", "forename", "personfirstname", "contactfirstname",
            "leadfirstname",
        ]),
        (.lastName, [
            "lastname", "last", "surname", "familyname", "lname", "personlastname", "contactlastname", "leadlastname",
        ]),
        (.fullName, [
            "fullname", "name", "personname", "contactname", "contact", "leadname", "prospectname", "displayname",
        ]),
        (.companyName, [
            "companyname", "company", "accountname", "account", "organizationname", "organization", "organisation",
            "organisationname", "companynameforemails", "currentcompany", "employer", "personorganization",
            "accountcompanyname", "orgname",
        ]),
        (.companyDomain, [
            "companydomain", "companydomainname", "domain", "website", "companywebsite", "websiteurl", "companyurl",
            "accountwebsite", "organizationwebsite", "web",
        ]),
        (.companyLinkedinID, [
            "companylinkedinid", "companylinkedinurl", "linkedincompanyid", "linkedincompanyurl", "companylinkedin",
            "accountlinkedinurl", "organizationlinkedinurl",
        ]),
        (.leadiqPersonID, ["leadiqpersonid", "leadiqid", "leadiqcontactid"]),
        (.title, [
            "title", "jobtitle", "position", "role", "jobrole", "currenttitle", "currentposition", "persontitle",
            "designation",
        ]),
        (.phone, [
            "phone", "phonenumber", "workphone", "directphone", "directdial", "corporatephone", "businessphone",
            "mobilephone", "mobile", "mobilenumber", "telephone", "tel", "officephone", "cellphone", "personphone",
            "personphonework", "phonework", "primaryphone",
        ]),
        (.city, ["city", "mailingcity", "personcity", "contactcity", "locationcity", "addresscity", "town", "locality"]),
        (.state, [
            "state", "stateprovince", "province", "region", "mailingstate", "mailingstateprovince", "personstate",
            "stateregion", "locationstate", "addressstate",
        ]),
        (.country, [
            "country", "mailingcountry", "countryregion", "personcountry", "locationcountry", "addresscountry",
            "countrycode", "nation",
        ]),
    ]

    /// `name` lower-cased with everything but letters and digits removed (`E-mail Address` → `emailaddress`).
    static func normalize(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
