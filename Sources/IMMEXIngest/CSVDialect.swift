/// How a delimited extract is written: its separator, and whether `"` quotes fields. RFC 4180
/// (comma, quotes) is what the ERP extracts are saved as; the SAT writes other files with `|`
/// (the Data Stage) or `~` (the bulk download's metadata) and no quoting, where a `"` is one of a
/// field's bytes.
public struct CSVDialect: Sendable, Hashable {
    /// An ASCII byte other than `"`, CR and LF.
    public let separator: UInt8
    public let quoting: Bool
    /// Whether only CR LF ends a record, a bare LF (or a lone CR) being one of a field's bytes: the
    /// bulk download's metadata, whose text fields may hold a bare LF (formats.md). A bare LF still
    /// starts a new line for the places findings name.
    public let recordsEndWithCRLF: Bool

    public init(separator: UInt8, quoting: Bool, recordsEndWithCRLF: Bool = false) {
        precondition(separator < 0x80 && separator != UInt8(ascii: "\"") && separator != 0x0A && separator != 0x0D, "not a separator")
        self.separator = separator
        self.quoting = quoting
        self.recordsEndWithCRLF = recordsEndWithCRLF
    }

    public static let rfc4180 = CSVDialect(separator: UInt8(ascii: ","), quoting: true)

    /// The byte the splitter and the chunk cutter treat as a quote: `"`, or, with no quoting,
    /// the separator itself, which is always taken as a separator first (so no byte opens a
    /// quoted field).
    var quote: UInt8 { quoting ? UInt8(ascii: "\"") : separator }

    /// The separator as the user would name it.
    var separatorName: String {
        switch separator {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: "|"): "'|'"
        case UInt8(ascii: "~"): "'~'"
        case UInt8(ascii: ";"): "semicolon"
        case 0x09: "tab"
        default: "'\(Character(Unicode.Scalar(separator)))'"
        }
    }
}
