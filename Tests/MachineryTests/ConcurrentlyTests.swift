import Synchronization
import Testing

@testable import Machinery

@Suite("Two independent parts of the figures at once")
struct ConcurrentlyTests {
    @Test("both results come back, the calling side's changes stay, and the other side runs at the same time")
    func both() {
        var counted = 0
        let flag = Flag()
        let (sum, product) = concurrently({ () -> Int in
            flag.raised.store(true, ordering: .releasing)
            return (1...1_000).reduce(0, +)
        }) { () -> Int in
            // The other side raises the flag while this side waits for it: they overlap.
            while !flag.raised.load(ordering: .acquiring) {}
            counted += 1
            return (1...10).reduce(1, *)
        }
        #expect(sum == 500_500 && product == 3_628_800 && counted == 1)
    }
}

private final class Flag: Sendable {
    let raised = Atomic(false)
}
