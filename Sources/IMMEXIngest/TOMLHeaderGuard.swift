/// Finds a table header whose name starts with a character no TOML key may start with (`[; x]`),
/// which the parser inside TOMLKit (toml++ 3) does not check before it asserts, aborting the whole
/// run (exit 134, in debug and release builds alike: `make fuzz` found it). Such a file is reported
/// as a syntax error here instead, before TOMLKit sees it.
///
/// A header is a `[` or `[[` that begins a line outside any value: the scan follows strings
/// (basic, literal, and their multi-line forms), comments, and the brackets and braces of values,
/// so an array that continues on the next line is not taken for a header.
enum TOMLHeaderGuard {
    /// The 1-based line and column of the first bad table name, or nil.
    static func firstBadHeader(_ text: String) -> (line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        var depth = 0
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        func isKeyStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func newLine() {
            line += 1
            lineStart = index + 1
        }
        /// Skips a string that starts at `index` (its quote), multi-line or not.
        func skipString(_ quote: UInt8) {
            let triple = at(1) == quote && at(2) == quote
            index += triple ? 3 : 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    if !triple { return }  // an unterminated one-line string: the parser reports it
                    newLine()
                } else if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                    index += 1
                } else if byte == quote, !triple || (at(1) == quote && at(2) == quote) {
                    index += triple ? 3 : 1
                    return
                }
                index += 1
            }
        }
        var atLineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if atLineStart, depth == 0, !isBlank(byte) {
                atLineStart = false
                if byte == UInt8(ascii: "[") {
                    var name = index + 1
                    if name < bytes.count, bytes[name] == UInt8(ascii: "[") { name += 1 }
                    while name < bytes.count, isBlank(bytes[name]) { name += 1 }
                    // Anything but a key's first character here (a comment, the line's end, a closing
                    // bracket included: `make fuzz` found '#' asserting too) is refused before the parser sees it.
                    if name >= bytes.count || !isKeyStart(bytes[name]) {
                        return (line, min(name, bytes.count) - lineStart + 1)
                    }
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }  // a header is one line
                    continue
                }
            }
            switch byte {
            case 0x0A:
                newLine()
                atLineStart = true
            case UInt8(ascii: "#"):
                while index + 1 < bytes.count, bytes[index + 1] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipString(byte)
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
