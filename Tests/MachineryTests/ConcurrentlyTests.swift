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

@Suite("Items on every core, delivered in order")
struct InOrderConcurrentlyTests {
    @Test("every item delivered once, in order, whatever order the threads finish in; each thread keeps its own worker")
    func inOrder() {
        for threads in [1, 2, 4] {
            var delivered: [Int] = []
            let workers = Mutex(0)
            inOrderConcurrently(
                count: 500, threads: threads, window: 3,
                makeWorker: { () -> Int in
                    workers.withLock { $0 += 1 }
                    return 0
                },
                process: { processed, item in
                    processed += 1
                    // Uneven work, so later items often finish first.
                    var spin = (item * 7_919) % 5_000
                    while spin > 0 { spin -= 1 }
                    return (item, processed)
                },
                deliver: { delivered.append($0.0) })
            #expect(delivered == Array(0..<500), "threads: \(threads)")
            #expect(workers.withLock { $0 } == threads)
        }
        var none: [Int] = []
        inOrderConcurrently(count: 0, threads: 2, makeWorker: { 0 }, process: { _, item in item }, deliver: { none.append($0) })
        #expect(none.isEmpty)
    }
}
