import IMMEXDomain
import Machinery

/// Values gathered in chunks of 65,536 as they arrive, then moved into one array of exactly their
/// count, each chunk freed as soon as it is emptied. An array grown by doubling holds its old and
/// new buffers at once each time it grows (for a million pedimentos, 264 MB at the last growth
/// instead of 136); here the most held at once is the result plus one chunk. Values are moved,
/// never copied: a copy would count a reference to each value's strings, and freeing the chunk
/// count it down again. Chunks are pages mapped for the collector alone (`ZeroedPages`), so that
/// each one emptied goes back to the system at once, where the allocator would keep it.
struct ChunkedCollector<Element>: ~Copyable {
    private var chunks: [UnsafeMutablePointer<Element>] = []
    private(set) var count = 0
    static var chunkSize: Int { 65_536 }
    private static var chunkBytes: Int { chunkSize * MemoryLayout<Element>.stride }

    mutating func append(_ element: consuming Element) {
        let offset = count % Self.chunkSize
        if offset == 0 { chunks.append(ZeroedPages.allocate(Self.chunkBytes).bindMemory(to: Element.self, capacity: Self.chunkSize)) }
        (chunks[chunks.count - 1] + offset).initialize(to: element)
        count += 1
    }

    /// Every value, in the order appended; the collector is left empty.
    mutating func array() -> [Element] {
        let total = count
        let taken = chunks
        chunks = []
        count = 0
        return [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
            for chunk in taken {
                let moving = min(Self.chunkSize, total - initialized)
                (buffer.baseAddress! + initialized).moveInitialize(from: chunk, count: moving)
                ZeroedPages.release(UnsafeMutableRawPointer(chunk), Self.chunkBytes)
                initialized += moving
            }
        }
    }

    deinit {
        for (index, chunk) in chunks.enumerated() {
            chunk.deinitialize(count: index == chunks.count - 1 ? count - index * Self.chunkSize : Self.chunkSize)
            ZeroedPages.release(UnsafeMutableRawPointer(chunk), Self.chunkBytes)
        }
    }
}
