import IMMEXDomain
import Machinery

/// Reads `imports-balances.csv`, the company's inventory control of temporary imports (Anexo 24):
/// one row per pedimento line, with what was imported, what has been discharged, and what is left,
/// through the one CSV reader with `BalancesSchema`. Optional: without it, the temporary-imports
/// control counts every line whole.
public struct BalancesReader: Sendable {
    public static let file = "imports-balances.csv"
    public static var columns: [ColumnSpec] { BalancesSchema.columns }
    /// What an import profile (`[import.balances]`) rewrites.
    static let profileRoles: [String: ProfiledText.Role] = ["imported": .amount, "discharged": .amount, "balance": .amount, "as_of": .date]

    public let aliases: [String: String]
    public var findingsPerCode = FindingLimiter.defaultPerCode
    public var counts: ReadCounts?
    public var hashesFile = true

    public init(aliases: [String: String] = [:]) { self.aliases = aliases }

    /// Every valid row, in file order, and the data rows read.
    public func read(_ source: CSVSource, findings: inout [Finding]) -> (balances: [InventoryBalance], rows: Int, file: InputFile?) {
        var reader = CSVRecordReader(schema: BalancesSchema(), aliases: aliases)
        reader.findingsPerCode = findingsPerCode
        reader.counts = counts
        reader.hashesFile = hashesFile
        var balances: [InventoryBalance] = []
        let (rows, file) = reader.read(
            source, findings: &findings, part: { _ in [InventoryBalance]() }, accept: { $0.append($1) }, merge: { balances += $0 })
        return (balances, rows, file)
    }
}

extension InventoryBalance: LocatedRecord {}

/// `imports-balances.csv` as the one reader reads it. Quantities are in the line's unit, whichever
/// the inventory control keeps; the balance is what is left, `imported − discharged` when not given.
struct BalancesSchema: RecordSchema {
    enum Column: Int, CaseIterable, Sendable { case pedimento, line, imported, discharged, balance, asOf }

    static let columns: [ColumnSpec] = [
        .required("pedimento"), .required("line"), .required("imported"), .required("discharged"), .optional("balance"), .optional("as_of"),
    ]
    static let keyColumn = "pedimento"
    /// Dates are checked against no fiscal year (a balance is as of any day).
    let year = FiscalYear(0)

    func key(of balance: InventoryBalance) -> RowKey { RowKey(high: balance.pedimento.packed, low: UInt64(balance.line)) }

    func repeatFinding(_ balance: InventoryBalance, at location: SourceLocation, first: SourceLocation) -> Finding {
        Finding(
            .duplicatePedimento, "line \(balance.line) of pedimento \(balance.pedimento) appears again", at: location,
            hint: "each pedimento line is one row of the inventory control", related: first)
    }

    func fastRecord(_ fields: inout FieldBytes<Column>, line: Int, file: SourceFile, _ body: (InventoryBalance) -> Void) -> Bool {
        func quantity(_ column: Column) -> DecimalNumber? {
            guard let value = DecimalNumber.value(utf8: fields[column], maximumScale: 6), !value.isNegative else { return nil }
            return value
        }
        let lineBytes = fields[.line]
        guard let pedimento = PedimentoNumber(officialSpelling: fields[.pedimento]),
            (1...4).contains(lineBytes.count), lineBytes.allSatisfy({ $0 &- 0x30 <= 9 }),
            let imported = quantity(.imported), let discharged = quantity(.discharged)
        else { return false }
        let number = lineBytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        var asOf: CalendarDate?
        if !fields[.asOf].isEmpty {
            guard let date = CalendarDate.parse(utf8: fields[.asOf]) else { return false }
            asOf = date
        }
        var stated: DecimalNumber?
        if !fields[.balance].isEmpty {
            guard let value = quantity(.balance) else { return false }
            stated = value
        }
        let scale = max(imported.scale, discharged.scale, stated?.scale ?? 0)
        let left = imported.mantissa(atScale: scale) - discharged.mantissa(atScale: scale)
        guard number > 0, left >= 0, stated.map({ $0.mantissa(atScale: scale) == left }) ?? true else { return false }
        body(
            InventoryBalance(
                pedimento: pedimento, line: number, imported: imported, discharged: discharged,
                balance: DecimalNumber(mantissa: Int64(clamping: left), scale: scale), asOf: asOf,
                location: SourceLocation(source: file, line: line, column: 1)))
        return true
    }

    func checkedRecord(_ row: inout RowReader) -> InventoryBalance? {
        let pedimento = row.pedimento("pedimento", "pedimento number", required: true)
        let line = row.parsed(
            "line", "pedimento line", required: true, code: .malformedCode, expectation: "a line (SecuenciaFraccion) is a number from 1 to 9999",
            { Int($0).flatMap { (1...9_999).contains($0) ? $0 : nil } })
        let imported = row.amount("imported", "imported quantity", scale: 6, required: true)
        let discharged = row.amount("discharged", "discharged quantity", scale: 6, required: true)
        let stated = row.amount("balance", "balance", scale: 6, required: false)
        var asOf: CalendarDate?
        if let text = row.text("as_of") {
            asOf = CalendarDate.parse(text)
            if asOf == nil {
                row.report(.malformedDate, "as_of '\(Finding.echo(text))' is not a date", column: "as_of", hint: "write it as YYYY-MM-DD")
            }
        }
        for (name, value) in [("imported", imported), ("discharged", discharged), ("balance", stated)] where value?.isNegative == true {
            row.report(.negativeAmount, "\(name) is negative", column: name, hint: "quantities are zero or more")
        }
        guard let pedimento, let line, let imported, let discharged, !imported.isNegative, !discharged.isNegative else { return nil }
        let scale = max(imported.scale, discharged.scale, stated?.scale ?? 0)
        let left = imported.mantissa(atScale: scale) - discharged.mantissa(atScale: scale)
        if left < 0 {
            row.report(
                .dischargeExceedsImport, "line \(line) of pedimento \(pedimento) discharged \(discharged), more than the \(imported) imported",
                column: "discharged", hint: "check the inventory control's discharges of this line; more cannot leave than came in")
            return nil
        }
        if let stated, stated.mantissa(atScale: scale) != left {
            row.report(
                .malformedAmount, "balance \(stated) is not imported \(imported) less discharged \(discharged)", column: "balance",
                hint: "leave balance empty, or correct the row")
            return nil
        }
        return InventoryBalance(
            pedimento: pedimento, line: line, imported: imported, discharged: discharged,
            balance: DecimalNumber(mantissa: Int64(clamping: left), scale: scale), asOf: asOf, location: row.record.location)
    }
}
