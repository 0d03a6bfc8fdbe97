/// A JSON document with ordered keys, written deterministically. Amounts go in as strings
/// (`"1234567.89"`), never as binary floating point.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }
    public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

    /// Pretty-printed with two-space indentation.
    public func text(indent: String = "") -> String {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: Array(indent.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same text, written into one buffer (a document of sixty thousand lines was built as
    /// strings joined level by level, and took seconds).
    private func write(into out: inout [UInt8], indent: [UInt8]) {
        switch self {
        case .string(let value): Self.quote(value, into: &out)
        case .integer(let value): out += String(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]".utf8
                return
            }
            let inner = indent + [0x20, 0x20]
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                out += index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
                out += inner
                item.write(into: &out, indent: inner)
            }
            out.append(0x0A)
            out += indent
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}".utf8
                return
            }
            let inner = indent + [0x20, 0x20]
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                out += index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
                out += inner
                Self.quote(member.0, into: &out)
                out += [UInt8(ascii: ":"), 0x20]
                member.1.write(into: &out, indent: inner)
            }
            out.append(0x0A)
            out += indent
            out.append(UInt8(ascii: "}"))
        }
    }

    static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` quoted: `"` and `\` escaped, and the control characters (as `\n`, `\r`, `\t`, or
    /// `\u00XX`); every other byte as it is.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
