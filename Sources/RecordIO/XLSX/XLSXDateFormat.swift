/// A cell number format that shows a date, a time or both, and how such a cell's serial number reads in ISO 8601.
///
/// Spreadsheets store dates as days since an epoch with the time of day as the fraction; only the cell's number format
/// says a number is a date, so the format code is read the way a spreadsheet reads it.
enum XLSXDateFormat: Equatable {
    case date
    case time
    case dateTime

    /// The format of a built-in number format id, if it is a date or time one.
    init?(builtinID id: Int) {
        switch id {
        case 14...17, 27...36, 50...58: self = .date
        case 18...21, 45...47: self = .time
        case 22: self = .dateTime
        default: return nil
        }
    }

    /// The format a custom format code shows, if a date or time: its first section with quoted text, escaped
    /// characters and bracketed colours or locales removed holds y, d (date), h, s (time) or m (months alone).
    init?(formatCode: String) {
        var hasDate = false
        var hasTime = false
        var hasMonthOrMinute = false
        var iterator = formatCode.lowercased().makeIterator()
        scan: while let character = iterator.next() {
            switch character {
            case ";": break scan
            case "\"": while let next = iterator.next(), next != "\"" {}
            case "\\", "_", "*": _ = iterator.next()
            case "[":
                var bracketed = ""
                while let next = iterator.next(), next != "]" { bracketed.append(next) }
                // Elapsed time ([h], [mm], [ss]) is a time; colours and locales ([Red], [$-409]) are not.
                if !bracketed.isEmpty && bracketed.allSatisfy({ "hms".contains($0) }) { hasTime = true }
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            case "m": hasMonthOrMinute = true
            default: continue
            }
        }
        if hasMonthOrMinute && !hasTime { hasDate = true }
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime
        case (true, false): self = .date
        case (false, true): self = .time
        case (false, false): return nil
        }
    }

    /// `serial` (a cell's number as written) in ISO 8601: `2024-03-01`, `13:45:00` or `2024-03-01T13:45:00`, to the
    /// second; `nil` when it is not a non-negative number.
    func iso8601(serial: String, uses1904Dates: Bool) -> String? {
        guard let value = Double(serial), value >= 0, value < 3_000_000 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds == 86_400 {
            days += 1
            seconds = 0
        }
        let time =
            Self.twoDigits(seconds / 3600) + ":" + Self.twoDigits(seconds / 60 % 60) + ":"
            + Self.twoDigits(seconds % 60)
        if self == .time { return time }
        // Days since 1970-01-01: the 1900 system counts from 1899-12-30 but, like Lotus 1-2-3, believes 1900 was a
        // leap year, so its serials before 1 March 1900 start a day later.
        let unixDays = uses1904Dates ? days - 24_107 : days - (days < 61 ? 25_568 : 25_569)
        let date = Self.civilDate(fromUnixDays: unixDays)
        return self == .date ? date : date + "T" + time
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    /// `YYYY-MM-DD` for a count of days since 1970-01-01 (Howard Hinnant's civil-from-days).
    private static func civilDate(fromUnixDays unixDays: Int) -> String {
        let z = unixDays + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let paddedYear = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return paddedYear + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
    }
}
