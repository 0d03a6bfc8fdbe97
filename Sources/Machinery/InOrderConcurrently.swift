import Dispatch
import Synchronization

/// Items `0..<count` processed on `threads` cores (the calling thread among them), each thread with
/// a worker of its own from `makeWorker`, their outcomes handed to `deliver` in item order on the
/// calling thread: the result is the same as processing them one after the other. The other
/// threads run at most `window` items ahead of what was delivered, so outcomes waiting for an
/// earlier one stay few.
public func inOrderConcurrently<Worker, Outcome: Sendable>(
    count: Int, threads: Int, window: Int = 16, makeWorker: @escaping @Sendable () -> Worker,
    process: @escaping @Sendable (inout Worker, Int) -> Outcome, deliver: (Outcome) -> Void
) {
    let state = InOrderState<Outcome>()
    let room = DispatchSemaphore(value: max(window, 1))
    let finished = DispatchGroup()
    let helpers = max(0, min(threads, count) - 1)
    for _ in 0..<helpers {
        finished.enter()
        DispatchQueue.global().async {
            var worker = makeWorker()
            while true {
                room.wait()
                guard let item = state.take(count) else {
                    room.signal()
                    break
                }
                state.put(item, process(&worker, item), byHelper: true)
            }
            finished.leave()
        }
    }
    var worker = makeWorker()
    var delivered = 0
    func deliverReady() {
        while let (outcome, byHelper) = state.done(delivered) {
            deliver(outcome)
            delivered += 1
            if byHelper { room.signal() }
        }
    }
    // The calling thread takes no room: it is the one that delivers, and waits for nothing.
    while let item = state.take(count) {
        state.put(item, process(&worker, item), byHelper: false)
        deliverReady()
    }
    finished.wait()
    deliverReady()
    precondition(delivered == count, "an item was not delivered")
}

/// The next item to take and the outcomes done, by item, until delivered.
private final class InOrderState<Outcome: Sendable>: Sendable {
    private let shared = Mutex<(next: Int, done: [Int: (Outcome, Bool)])>((0, [:]))

    func take(_ count: Int) -> Int? {
        shared.withLock { state in
            guard state.next < count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    func put(_ item: Int, _ outcome: sending Outcome, byHelper: Bool) {
        shared.withLock { $0.done[item] = (outcome, byHelper) }
    }

    func done(_ item: Int) -> (Outcome, Bool)? { shared.withLock { $0.done.removeValue(forKey: item) } }
}
