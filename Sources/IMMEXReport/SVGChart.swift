import IMMEXDomain

/// Small SVG charts drawn by our own code, for the summary page: readable in print and in grey
/// scale (dark and light fills, solid and dashed lines, every series labelled), with a title and a
/// text description for screen readers. Coordinates come from exact integer arithmetic.
struct SVGChart {
    static let width = 720, height = 300
    static let left = 92, right = 64, top = 36, bottom = 44
    static var plotWidth: Int { width - left - right }
    static var plotHeight: Int { height - top - bottom }

    var title: String
    var description: String
    private var body = ""

    init(title: String, description: String) {
        self.title = title
        self.description = description
    }

    var svg: String {
        """
        <svg class="chart" role="img" viewBox="0 0 \(Self.width) \(Self.height)" xmlns="http://www.w3.org/2000/svg" aria-labelledby="\(slug)-t \(slug)-d">
        <title id="\(slug)-t">\(escape(title))</title><desc id="\(slug)-d">\(escape(description))</desc>
        \(body)</svg>
        """
    }

    private var slug: String {
        String(title.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.prefix(24).map(Character.init))
    }

    // MARK: - Primitives

    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String, label: String? = nil) {
        body += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(width, 0))\" height=\"\(max(height, 0))\" fill=\"\(fill)\">"
        if let label { body += "<title>\(escape(label))</title>" }
        body += "</rect>\n"
    }

    mutating func line(x1: Int, y1: Int, x2: Int, y2: Int, stroke: String, width: Int = 1, dashed: Bool = false) {
        body +=
            "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\" stroke-width=\"\(width)\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
    }

    mutating func polyline(_ points: [(Int, Int)], stroke: String, width: Int = 2, dashed: Bool = false) {
        guard points.count > 1 else { return }
        let list = points.map { "\($0.0),\($0.1)" }.joined(separator: " ")
        body += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(width)\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
    }

    mutating func text(_ text: String, x: Int, y: Int, anchor: String = "start", size: Int = 12, weight: String = "normal", fill: String = "#1a1a1a") {
        body +=
            "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(escape(text))</text>\n"
    }

    // MARK: - Scales

    /// Pixel offset of `value` on a `length`-pixel axis whose top is `maximum`.
    static func scale(_ value: Int64, _ maximum: Int64, _ length: Int) -> Int {
        guard maximum > 0 else { return 0 }
        return Int(Int128(max(value, 0)) * Int128(length) / Int128(maximum))
    }

    /// A round axis maximum ≥ `value` and its step: 1, 2 or 5 × 10^k, four or five steps.
    static func niceAxis(_ value: Int64) -> (maximum: Int64, step: Int64) {
        guard value > 0 else { return (4, 1) }
        // In 128 bits, so that no figure, however large, traps: an axis past `Int64` is clamped.
        let wide = Int128(value)
        var magnitude: Int128 = 1
        while magnitude * 10 <= wide / 4 { magnitude *= 10 }
        for factor: Int128 in [1, 2, 5, 10, 20, 50] {
            let step = factor * magnitude
            if step * 5 >= wide {
                guard let maximum = Int64(exactly: (wide + step - 1) / step * step), let small = Int64(exactly: step) else { break }
                return (maximum, small)
            }
        }
        return (value, max(value / 4, 1))
    }

    /// `$120 M`, `$950 K`, `$12`: whole pesos or dollars, abbreviated for an axis.
    static func compact(_ centavos: Int64) -> String {
        let units = centavos / 100
        if units >= 1_000_000 {
            let tenths = units / 100_000
            return tenths % 10 == 0 ? "$\(tenths / 10) M" : "$\(tenths / 10).\(tenths % 10) M"
        }
        if units >= 1_000 { return "$\(units / 1_000) K" }
        return "$\(units)"
    }

    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
