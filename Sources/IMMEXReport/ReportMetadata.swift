import IMMEXDomain

/// What the report says about its own making: who made it, when, from which files.
public struct ReportMetadata: Sendable, Hashable {
    public var generator: String
    /// UTC, `YYYY-MM-DDThh:mm:ssZ`; from `SOURCE_DATE_EPOCH` when set, so runs are reproducible.
    public var generatedAt: String
    public var inputs: [InputDigest]
    /// The Data Stage requests the export figures come from (folio, first and last day).
    public var dataStageRequests: [(folio: String, from: String, to: String)]

    public init(generator: String, generatedAt: String, inputs: [InputDigest], dataStageRequests: [(folio: String, from: String, to: String)] = []) {
        self.generator = generator
        self.generatedAt = generatedAt
        self.inputs = inputs
        self.dataStageRequests = dataStageRequests
    }

    public static func == (lhs: ReportMetadata, rhs: ReportMetadata) -> Bool {
        lhs.generator == rhs.generator && lhs.generatedAt == rhs.generatedAt && lhs.inputs == rhs.inputs
            && lhs.dataStageRequests.map { [$0.folio, $0.from, $0.to] } == rhs.dataStageRequests.map { [$0.folio, $0.from, $0.to] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(generator)
        hasher.combine(generatedAt)
        hasher.combine(inputs)
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
