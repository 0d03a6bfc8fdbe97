import CISAL

/// ISA-L's inflate (igzip), for the members of a package read a million times: several times
/// zlib's speed. One inflater per reader, used again for each entry; never shared between threads.
public final class Inflater {
    private let state: UnsafeMutablePointer<inflate_state>

    public init() {
        state = .allocate(capacity: 1)
        state.initialize(to: inflate_state())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// `input`, raw deflated data, inflated into an array of exactly `declaredSize` bytes, whose
    /// CRC-32 must be `crc`. One byte more than declared is room to catch an entry that holds more,
    /// never to write past: an entry that holds more or less, is not valid deflated data, or fails
    /// its CRC is an error.
    func inflate(_ input: [UInt8], declaredSize: UInt64, crc: UInt32, name: String, path: String) throws(ZipError) -> [UInt8] {
        try inflateChecked(input, declaredSize: declaredSize, crc: crc, name: name, path: path)
    }

    /// `entry`'s stored bytes (`ZipReader.deflated`), inflated and checked, on the caller's thread:
    /// the reader's lock is held only while the stored bytes are copied out.
    public func contents(_ entry: ZipEntry, deflated input: [UInt8], archive: String) throws(ZipError) -> [UInt8] {
        try inflateChecked(input, declaredSize: entry.declaredSize, crc: entry.crc ?? 0, name: entry.name, path: archive)
    }

    private func inflateChecked(_ input: [UInt8], declaredSize: UInt64, crc: UInt32, name: String, path: String) throws(ZipError) -> [UInt8] {
        let capacity = Int(declaredSize) + 1
        var produced = 0
        var status: Int32 = 0
        var finished = false
        let state = state
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            input.withUnsafeBufferPointer { source in
                isal_inflate_init(state)
                state.pointee.crc_flag = UInt32(ISAL_DEFLATE)
                state.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                state.pointee.avail_in = UInt32(source.count)
                state.pointee.next_out = buffer.baseAddress
                state.pointee.avail_out = UInt32(capacity)
                status = isal_inflate(state)
                finished = state.pointee.block_state == ISAL_BLOCK_FINISH
                produced = capacity - Int(state.pointee.avail_out)
            }
            count = produced
        }
        guard status == ISAL_DECOMP_OK, finished else {
            throw ZipError(function: "isal_inflate(\(name))", path: path, message: "entry \(name) is not valid deflated data")
        }
        guard UInt64(produced) == declaredSize else {
            throw ZipError(
                function: "isal_inflate(\(name))", path: path,
                message: "entry \(name) declares \(declaredSize) bytes but holds \(produced > Int(declaredSize) ? "more" : "\(produced)")")
        }
        let actual = output.withUnsafeBufferPointer { crc32_gzip_refl(0, $0.baseAddress, UInt64($0.count)) }
        guard actual == crc else {
            throw ZipError(function: "crc32(\(name))", path: path, message: "entry \(name) fails its CRC check: the data is damaged")
        }
        return output
    }
}
