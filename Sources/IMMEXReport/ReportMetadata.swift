import IMMEXDomain

/// What the report says about its own making: who made it, when, from which files.
public struct ReportMetadata: Sendable, Hashable {
    public var generator: String
    /// UTC, `YYYY-MM-DDThh:mm:ssZ`; from `SOURCE_DATE_EPOCH` when set, so runs are reproducible.
    public var generatedAt: String
    public var inputs: [InputDigest]

    public init(generator: String, generatedAt: String, inputs: [InputDigest]) {
        self.generator = generator
        self.generatedAt = generatedAt
        self.inputs = inputs
    }
}

/// One file the run read, named by its path relative to the working root, and sealed by its digest.
public struct InputDigest: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case settings, extract, template, schema
    }

    public var path: String
    public var role: Role
    public var sha256: String
    public var bytes: Int

    public init(path: String, role: Role, sha256: String, bytes: Int) {
        self.path = path
        self.role = role
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// Formats a Unix time as `YYYY-MM-DDThh:mm:ssZ` without a locale or time zone database.
public enum Timestamp {
    public static func iso8601(secondsSince1970 seconds: Int64) -> String {
        let days = Int(seconds.dividedRoundingDown(by: 86_400))
        let secondsOfDay = Int(seconds - Int64(days) * 86_400)
        // Civil-from-days (proleptic Gregorian), after H. Hinnant's public-domain algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(secondsOfDay / 3600)):\(pad(secondsOfDay / 60 % 60)):\(pad(secondsOfDay % 60))Z"
    }
}

extension Int64 {
    fileprivate func dividedRoundingDown(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && self < 0) ? quotient - 1 : quotient
    }
}
