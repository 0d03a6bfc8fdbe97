/// One pedimento that bears on the exports figure, as read from `exports.csv` or the SAT's Data
/// Stage, with the row it came from: an export-side one, or an import-side one that returns
/// exported goods (K1, whose import class subtracts).
public struct ExportPedimento: Sendable, Hashable {
    /// Which extract a pedimento comes from.
    public enum Origin: String, Sendable, Hashable {
        /// The company's ERP extract; rectifications are rows with key R1.
        case exportsCSV = "exports.csv"
        /// The SAT's Data Stage; a rectification is a new pedimento carrying the effective key,
        /// linked to the one it rectifies by table 701.
        case dataStage = "datastage"
    }

    // Stored widest first, the optionals of 8-byte values without their padding (128 bytes
    // instead of 168): a year holds a million pedimentos.
    public var number: PedimentoNumber
    public var valueUSD: Money<USD>
    public var commercialValueMXN: Money<MXN>
    /// The pedimento's own rate, 5 decimals (Anexo 22).
    public var exchangeRate: ExchangeRate
    public var location: SourceLocation
    public var invoiceUUID: InvoiceUUID?
    public var origin: Origin = .exportsCSV
    /// The side it declares; its key is classed on that side. Every row of `exports.csv` is
    /// export-side (its K1 rows included: the catalogue subtracts K1 on both sides).
    public var side: OperationSide = .export
    /// A return abroad of fixed assets (Data Stage 507 `ClaveCaso` AF; `exports.csv`
    /// `fixed_asset_return`): listed, and counted only where `rules.toml` says so.
    public var isFixedAssetReturn = false
    private var hasValueAdded: Bool
    public var destinationCountry: CountryCode?
    public var customsSection: CustomsSection
    public var key: PedimentoKey
    public var paidOn: CalendarDate
    private var storedValueAdded: Money<MXN>
    /// `PedimentoNumber.packed`, or `Self.none` (never 15 digits).
    private var storedRectifies: UInt64
    private var storedReturns: UInt64
    private static let none = UInt64.max

    public var valueAddedMXN: Money<MXN>? {
        get { hasValueAdded ? storedValueAdded : nil }
        set { (hasValueAdded, storedValueAdded) = (newValue != nil, newValue ?? .zero) }
    }

    /// For a rectification (R1): the pedimento whose values it replaces.
    public var rectifies: PedimentoNumber? {
        get { storedRectifies == Self.none ? nil : PedimentoNumber(packed: storedRectifies) }
        set { storedRectifies = newValue?.packed ?? Self.none }
    }

    /// For a return (K1): the export pedimento whose goods came back.
    public var returns: PedimentoNumber? {
        get { storedReturns == Self.none ? nil : PedimentoNumber(packed: storedReturns) }
        set { storedReturns = newValue?.packed ?? Self.none }
    }

    public init(
        number: PedimentoNumber, customsSection: CustomsSection, key: PedimentoKey, paidOn: CalendarDate,
        exchangeRate: ExchangeRate, valueUSD: Money<USD>, commercialValueMXN: Money<MXN>, valueAddedMXN: Money<MXN>?,
        destinationCountry: CountryCode?, invoiceUUID: InvoiceUUID?, rectifies: PedimentoNumber?, returns: PedimentoNumber? = nil,
        location: SourceLocation
    ) {
        self.number = number
        self.customsSection = customsSection
        self.key = key
        self.paidOn = paidOn
        self.exchangeRate = exchangeRate
        self.valueUSD = valueUSD
        self.commercialValueMXN = commercialValueMXN
        (hasValueAdded, storedValueAdded) = (valueAddedMXN != nil, valueAddedMXN ?? .zero)
        self.destinationCountry = destinationCountry
        self.invoiceUUID = invoiceUUID
        storedRectifies = rectifies?.packed ?? Self.none
        storedReturns = returns?.packed ?? Self.none
        self.location = location
    }
}

/// A pedimento as it counts after rectifications: the original's key, date and identity with the
/// values of the latest rectification in its chain.
///
/// It refers to its rows by position in the year's list of pedimentos (shared, not copied): a
/// year holds a million of these, and a copy of each row would double what the pedimentos take.
/// Sixteen bytes: the shared rows, the original's position, and the position of the row whose
/// values count with the key class in its top bits; the rare chain of rectifications is kept
/// beside the rows (`PedimentoRows.chains`).
public struct EffectivePedimento: Sendable, Hashable {
    private let rows: PedimentoRows
    private let originalIndex: Int32
    /// The current row's position (28 bits) and the key class's ordinal (4 bits).
    private let currentAndClass: UInt32

    private static let positionBits: UInt32 = 28
    private static let positionMask: UInt32 = (1 << positionBits) - 1
    /// The most rows a year's pedimentos may have (a list this long would take 34 GB already).
    static let maximumRows = Int(positionMask)

    private var currentIndex: Int { Int(currentAndClass & Self.positionMask) }

    public var keyClass: KeyClass { KeyClass.allCases[Int(currentAndClass >> Self.positionBits)] }

    /// The pedimento as first filed.
    public var original: ExportPedimento {
        _read { yield rows.all[Int(originalIndex)] }
    }
    /// The R1 rows that replaced the original's values, oldest first.
    public var rectifications: [ExportPedimento] {
        guard isRectified else { return [] }
        return (rows.chains[originalIndex] ?? []).map { rows.all[Int($0)] }
    }
    /// Whether any R1 replaced the original's values (without copying the rows).
    public var isRectified: Bool { currentIndex != Int(originalIndex) }
    /// A return abroad of fixed assets, as the original or its latest rectification says.
    public var isFixedAssetReturn: Bool {
        rows.all[Int(originalIndex)].isFixedAssetReturn || rows.all[currentIndex].isFixedAssetReturn
    }
    /// The row whose values count: the original, or the last R1 of its chain.
    public var current: ExportPedimento {
        _read { yield rows.all[currentIndex] }
    }
    /// The invoice the pedimento names: its current row's, else the original's.
    public var namedInvoice: InvoiceUUID? { current.invoiceUUID ?? original.invoiceUUID }

    public init(original: ExportPedimento, keyClass: KeyClass, rectifications: [ExportPedimento]) {
        let chains: [Int32: [Int32]] = rectifications.isEmpty ? [:] : [0: rectifications.indices.map { Int32($0 + 1) }]
        self.init(rows: PedimentoRows([original] + rectifications, chains: chains), original: 0, keyClass: keyClass, current: rectifications.count)
    }

    /// The pedimento at `original` in `rows`, whose values are those of the row at `current`
    /// (the last of its chain in `rows.chains`, or the original itself).
    init(rows: PedimentoRows, original: Int, keyClass: KeyClass, current: Int) {
        precondition(rows.all.count <= Self.maximumRows, "more pedimento rows than a year can hold")
        self.rows = rows
        originalIndex = Int32(original)
        currentAndClass = UInt32(current) | UInt32(KeyClass.allCases.firstIndex(of: keyClass)!) << Self.positionBits
    }

    public static func == (lhs: EffectivePedimento, rhs: EffectivePedimento) -> Bool {
        lhs.keyClass == rhs.keyClass && lhs.original == rhs.original && lhs.rectifications == rhs.rectifications
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keyClass)
        hasher.combine(original)
        hasher.combine(rectifications)
    }
}

extension EffectivePedimento {
    /// What comparing a group of linked records reads of a pedimento: the original's key and
    /// payment date, the current USD and peso values. Read in one access, from the rows in
    /// place: copying the rows out would count references to their strings each time.
    package var comparedValues: ComparedValues {
        rows.all.withUnsafeBufferPointer { all in
            let original = all.baseAddress! + Int(originalIndex)
            let current = all.baseAddress! + currentIndex
            return (original.pointee.key, original.pointee.paidOn, current.pointee.valueUSD.centavos, current.pointee.commercialValueMXN.centavos)
        }
    }
}

/// What reconciliation compares of a pedimento: its original's key and payment date, and the
/// values that count (its last rectification's, if any).
package typealias ComparedValues = (key: PedimentoKey, paidOn: CalendarDate, usdCentavos: Int64, mxnCentavos: Int64)

/// Each pedimento's `ComparedValues`, read from its rows when its group is compared. (A flat copy
/// made beforehand was quicker to read, but cost 24 bytes a pedimento at the run's peak of memory:
/// 41 MB for 1.7 million pedimentos.)
package struct ComparedLookup {
    let effective: [EffectivePedimento]

    package init(effective: [EffectivePedimento]) { self.effective = effective }

    package subscript(_ index: Int) -> ComparedValues { effective[index].comparedValues }
}

/// The year's pedimento rows, shared by the effective pedimentos that point into them, with the
/// chains of rectifications: an original's position → the positions of the R1 rows that replaced
/// its values, oldest first (a handful in a year).
final class PedimentoRows: Sendable {
    let all: [ExportPedimento]
    let chains: [Int32: [Int32]]

    init(_ all: [ExportPedimento], chains: [Int32: [Int32]] = [:]) {
        self.all = all
        self.chains = chains
    }
}
