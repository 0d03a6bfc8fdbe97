/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a sample year
/// is the same on every machine.
struct SampleRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Picks by weight: `[(item, weight)]`.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = int(0...(items.reduce(0) { $0 + $1.1 } - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// A CFDI-style UUID (upper-case hexadecimal, version 4 shape).
    mutating func uuid() -> String {
        let digits = Array("0123456789ABCDEF")
        var text = ""
        for index in 0..<32 {
            if [8, 12, 16, 20].contains(index) { text.append("-") }
            let value: Int
            switch index {
            case 12: value = 4
            case 16: value = 8 + int(0...3)
            default: value = int(0...15)
            }
            text.append(digits[value])
        }
        return text
    }
}
