// What the test targets share (a library target of its own: test targets cannot import each other).

/// Numbers from a seed, the same on every run (a linear congruential generator), for random tests that repeat.
public struct SeededNumbers {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }
}
