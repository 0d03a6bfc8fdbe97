import Dispatch

/// Two computations that share nothing they change, run at the same time: `other` on another
/// core, `here` on the calling thread (so it may change the caller's variables). Returns both
/// results once both are done. Used where the year's figures have independent parts, so that a
/// second core shortens the run; the results are the same as running one after the other.
public func concurrently<Other: Sendable, Here>(_ other: @escaping @Sendable () -> Other, _ here: () -> Here) -> (other: Other, here: Here) {
    let box = ResultBox<Other>()
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) { box.value = other() }
    let result = here()
    done.wait()
    return (box.value!, result)
}

/// Written once by the other thread, read after it is done (the group's wait orders the two).
/// Unchecked: `Value` need not be `Sendable` (it moves from one thread to the other once, in
/// order), which a `Mutex` would require.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
