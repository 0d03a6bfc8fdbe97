/// Keeps at most `perCode` findings of one code in one file, and counts the rest, so that a
/// hostile file (two million broken rows) costs bounded memory and still says how much is wrong.
///
/// Readers keep one for each stretch of a file they read, and one for the whole file, into which
/// the stretches' are merged in file order (`absorb`): the findings kept are the file's first.
public struct FindingLimiter: Sendable {
    public let perCode: Int
    private var kept: [Place: Int] = [:]
    private var omitted: [Place: Int] = [:]

    /// A file (as findings name it) and a code.
    private struct Place: Hashable, Sendable {
        var file: String
        var code: FindingCode
    }

    /// The default cap: far above what a real extract's worst problem gives, far below a hostile
    /// file's millions (`rules.toml` `[limits] findings_per_code`).
    public static let defaultPerCode = 1_000

    public init(perCode: Int = defaultPerCode) { self.perCode = max(perCode, 1) }

    /// Whether a finding is kept (counting it either way).
    public mutating func admit(_ finding: Finding) -> Bool {
        let place = Place(file: finding.location?.file ?? "", code: finding.code)
        let count = kept[place, default: 0]
        guard count < perCode else {
            omitted[place, default: 0] += 1
            return false
        }
        kept[place] = count + 1
        return true
    }

    /// Appends the findings that are kept.
    public mutating func add(_ findings: [Finding], into list: inout [Finding]) {
        for finding in findings where admit(finding) { list.append(finding) }
    }

    /// Counts, as left out, what another limiter (a stretch's) left out.
    public mutating func absorb(_ other: FindingLimiter) {
        omitted.merge(other.omitted, uniquingKeysWith: +)
    }

    /// Whether anything was left out.
    public var leftOut: Bool { !omitted.isEmpty }

    /// One note for each file and code with findings left out, saying how many.
    public func notes() -> [Finding] {
        omitted.sorted { ($0.key.file, $0.key.code) < ($1.key.file, $1.key.code) }.map { place, count in
            let code = place.code.rawValue
            let message: Phrase =
                switch (count == 1, place.file.isEmpty) {
                case (true, true): "1 more \(code) finding in this run is not listed (the first \(perCode) are)"
                case (true, false): "1 more \(code) finding in \(place.file) is not listed (the first \(perCode) are)"
                case (false, true): "\(count) more \(code) findings in this run are not listed (the first \(perCode) are)"
                case (false, false): "\(count) more \(code) findings in \(place.file) are not listed (the first \(perCode) are)"
                }
            return Finding(
                .findingsNotListed, message,
                at: place.file.isEmpty ? nil : SourceLocation(file: place.file),
                hint:
                    "fix the ones listed and run again; they usually share one cause (a wrong separator, a damaged file); [limits] findings_per_code in rules.toml lists more"
            )
        }
    }
}
