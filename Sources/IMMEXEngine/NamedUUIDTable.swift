import CIntrinsics
import IMMEXDomain
import Machinery

/// The UUIDs the pedimentos name, each with the position + 1 of the first pedimento naming it:
/// `UUIDTable`'s open addressing, but a slot holds a 64-bit fingerprint of the UUID and the
/// number (12 bytes, not 20), and a fingerprint that matches is confirmed against the UUID the
/// numbered pedimento names. Reconciling a year with 1.7 million pedimentos that each name an
/// invoice, this table is the peak of the run's memory; at 12 bytes a slot it is 20 MB smaller.
final class NamedUUIDTable {
    private static let slotSize = 12
    private var slots: UnsafeMutableRawPointer
    private let capacity: Int
    private let effective: [EffectivePedimento]
    private(set) var count = 0

    /// Room for every pedimento's UUID at two thirds full: each pedimento names at most one, so
    /// the table never grows.
    init(_ effective: [EffectivePedimento]) {
        self.effective = effective
        capacity = max(1_024, effective.count + effective.count / 2)
        slots = ZeroedPages.allocate(capacity * Self.slotSize)
    }

    deinit { ZeroedPages.release(slots, capacity * Self.slotSize) }

    private static func fingerprint(_ uuid: InvoiceUUID) -> UInt64 {
        (uuid.high ^ (uuid.low &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }

    private func home(_ fingerprint: UInt64) -> Int {
        Int(truncatingIfNeeded: fingerprint.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Prefetches the home slot of each UUID, so that the lookups that follow find them in cache.
    func touch(_ uuids: ArraySlice<InvoiceUUID?>) {
        for case let uuid? in uuids { immex_prefetch(slots + home(Self.fingerprint(uuid)) * Self.slotSize) }
    }

    /// The number recorded for `uuid`, if any.
    func number(for uuid: InvoiceUUID) -> Int? {
        let print = Self.fingerprint(uuid)
        var index = home(print)
        while true {
            let slot = slots + index * Self.slotSize
            let number = slot.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
            if number == 0 { return nil }
            if slot.loadUnaligned(as: UInt64.self) == print, effective[Int(number) - 1].namedInvoice == uuid { return Int(number) }
            index += 1
            if index == capacity { index = 0 }
        }
    }

    /// The number recorded for `uuid`; if there is none, records `number` (a pedimento's
    /// position + 1, the pedimento naming `uuid`) and returns nil.
    func number(for uuid: InvoiceUUID, recordingIfNew number: Int) -> Int? {
        let print = Self.fingerprint(uuid)
        var index = home(print)
        while true {
            let slot = slots + index * Self.slotSize
            let seen = slot.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
            if seen == 0 { break }
            if slot.loadUnaligned(as: UInt64.self) == print, effective[Int(seen) - 1].namedInvoice == uuid { return Int(seen) }
            index += 1
            if index == capacity { index = 0 }
        }
        precondition(count < capacity - 1, "a pedimento names at most one invoice")
        let slot = slots + index * Self.slotSize
        slot.storeBytes(of: print, as: UInt64.self)
        slot.storeBytes(of: UInt32(number), toByteOffset: 8, as: UInt32.self)
        count += 1
        return nil
    }
}
