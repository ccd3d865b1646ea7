import Foundation
import LeadIQ

/// Checks Prospector request bodies against the published OpenAPI schemas on the raw JSON, before any decoding, so
/// that what Codable would silently accept (unknown properties) or coerce is rejected as LeadIQ rejects it.
enum ProspectorValidation {
    /// Why a body was rejected: `message` for people, `details` naming the offending property.
    struct Failure: Error, Sendable {
        let message: String
        let details: String

        func at(index: Int) -> Failure {
            Failure(message: "Item \(index): \(self.message)", details: "[\(index)].\(self.details)")
        }
    }

    private static let prospectStrings: Set<String> = [
        "phone", "title", "function", "company", "companyDomain", "companyIndustry", "companyId", "personId",
    ]
    private static let prospectProperties: Set<String> = prospectStrings.union([
        "firstName", "lastName", "workEmail", "seniority", "linkedinUrl", "emailStatus", "location", "notes",
    ])
    private static let locationProperties: Set<String> = [
        "streetLine1", "streetLine2", "city", "state", "zip", "country", "formatted",
    ]
    static let maxNotesLength = 5_000

    static func listInput(_ json: Any) throws(Failure) -> ListInput {
        let object = try Self.object(json, allowed: ["name", "description"], path: "")
        let name = try Self.string(object, "name", required: true, minLength: 1, maxLength: 200)
        let description = try Self.string(object, "description", maxLength: 2_000)
        return ListInput(name: name ?? "", description: description)
    }

    static func prospectInput(_ json: Any) throws(Failure) -> ProspectInput {
        let object = try Self.object(json, allowed: Self.prospectProperties, path: "")
        let first = try Self.string(object, "firstName", required: true, minLength: 1)
        let last = try Self.string(object, "lastName", required: true, minLength: 1)
        for key in Self.prospectStrings {
            _ = try Self.string(object, key, minLength: 1)
        }
        if let email = try Self.string(object, "workEmail"), !Self.isEmail(email) {
            throw Failure(message: "workEmail must be an email address.", details: "workEmail")
        }
        if let url = try Self.string(object, "linkedinUrl"), !Self.isURL(url) {
            throw Failure(message: "linkedinUrl must be an absolute URL.", details: "linkedinUrl")
        }
        let seniority = try Self.enumeration(object, "seniority", ProspectSeniority.self)
        let emailStatus = try Self.enumeration(object, "emailStatus", ProspectEmailStatus.self)
        let notes = try Self.string(object, "notes", maxLength: Self.maxNotesLength)
        var location: ProspectLocation?
        if let raw = object["location"] {
            let fields = try Self.object(raw, allowed: Self.locationProperties, path: "location.")
            var values: [String: String] = [:]
            for key in Self.locationProperties {
                values[key] = try Self.string(fields, key, path: "location.")
            }
            location = ProspectLocation(
                streetLine1: values["streetLine1"],
                streetLine2: values["streetLine2"],
                city: values["city"],
                state: values["state"],
                zip: values["zip"],
                country: values["country"],
                formatted: values["formatted"]
            )
        }
        return ProspectInput(
            firstName: first ?? "",
            lastName: last ?? "",
            workEmail: object["workEmail"] as? String,
            phone: object["phone"] as? String,
            title: object["title"] as? String,
            seniority: seniority,
            function: object["function"] as? String,
            company: object["company"] as? String,
            companyDomain: object["companyDomain"] as? String,
            companyIndustry: object["companyIndustry"] as? String,
            companyId: object["companyId"] as? String,
            linkedinUrl: object["linkedinUrl"] as? String,
            emailStatus: emailStatus,
            location: location,
            notes: notes,
            personId: object["personId"] as? String
        )
    }

    /// A practical RFC 5322 check: one `@`, a local part without spaces, a dotted domain of letters, digits and hyphens.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
            local.count <= 64, !local.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "," }),
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "-") && $0.isASCII }
            }
    }

    static func isURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            return false
        }
        return (scheme == "http" || scheme == "https") && !host.isEmpty
    }

    static func isObjectID(_ text: String) -> Bool {
        text.utf8.count == 24 && text.allSatisfy(\.isHexDigit)
    }

    private static func object(_ json: Any, allowed: Set<String>, path: String) throws(Failure) -> [String: Any] {
        guard let object = json as? [String: Any] else {
            throw Failure(message: "Expected a JSON object.", details: path.isEmpty ? "body" : String(path.dropLast()))
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw Failure(message: "Unknown property \(path)\(unknown).", details: "\(path)\(unknown)")
        }
        return object
    }

    private static func string(
        _ object: [String: Any],
        _ key: String,
        required: Bool = false,
        minLength: Int = 0,
        maxLength: Int = .max,
        path: String = ""
    ) throws(Failure) -> String? {
        guard let raw = object[key] else {
            if required {
                throw Failure(message: "\(path)\(key) is required.", details: "\(path)\(key)")
            }
            return nil
        }
        guard let value = raw as? String else {
            throw Failure(message: "\(path)\(key) must be a string.", details: "\(path)\(key)")
        }
        guard value.count >= minLength, value.count <= maxLength else {
            let limit = value.count < minLength ? "at least \(minLength)" : "at most \(maxLength)"
            throw Failure(message: "\(path)\(key) must have \(limit) characters.", details: "\(path)\(key)")
        }
        return value
    }

    private static func enumeration<E: RawRepresentable & CaseIterable>(
        _ object: [String: Any],
        _ key: String,
        _ type: E.Type
    ) throws(Failure) -> E? where E.RawValue == String {
        guard let text = try Self.string(object, key) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(message: "\(key) must be one of \(allowed).", details: key)
        }
        return value
    }
}
