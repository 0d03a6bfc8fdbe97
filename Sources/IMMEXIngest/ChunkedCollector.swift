/// Values gathered in chunks of 65,536 as they arrive, then moved into one array of exactly their
/// count, each chunk freed as soon as it is copied. An array grown by doubling holds its old and
/// new buffers at once each time it grows (for a million pedimentos, 264 MB at the last growth
/// instead of 136); here the most held at once is the result plus one chunk.
struct ChunkedCollector<Element> {
    private var chunks: [[Element]] = []
    private(set) var count = 0
    static var chunkSize: Int { 65_536 }

    mutating func append(_ element: consuming Element) {
        if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Every value, in the order appended; the collector is left empty.
    mutating func array() -> [Element] {
        var chunks: [[Element]] = []
        swap(&chunks, &self.chunks)
        let total = count
        count = 0
        return [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
            for index in chunks.indices {
                let chunk = chunks[index]
                chunks[index] = []
                _ = UnsafeMutableBufferPointer(rebasing: buffer[initialized..<(initialized + chunk.count)]).initialize(fromContentsOf: chunk)
                initialized += chunk.count
            }
        }
    }
}
