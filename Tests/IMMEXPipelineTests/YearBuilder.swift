import Foundation

@testable import IMMEXDomain

/// Writes a small fiscal year folder for a test: one company, MXN sales and direct exports (key RT,
/// which needs no CFDI link, so reconciliation stays quiet) on given dates, so each test states its
/// figures in a line or two.
struct YearBuilder {
    let year: Int
    var sales: [(date: String, mxn: String)] = []
    var exports: [(date: String, usd: String, mxn: String)] = []
    var rules = ""
    /// Write no exports.csv (a year whose exports come from the Data Stage only).
    var withoutExportsCSV = false

    init(_ year: Int) { self.year = year }

    /// The same sale on the 15th of each month from `from` to `to`.
    mutating func monthlySales(_ mxn: String, months: ClosedRange<Int>) {
        for month in months { sales.append((String(format: "%04d-%02d-15", year, month), mxn)) }
    }

    mutating func monthlyExports(usd: String, mxn: String, months: ClosedRange<Int>) {
        for month in months { exports.append((String(format: "%04d-%02d-10", year, month), usd, mxn)) }
    }

    func write(into root: URL) throws {
        let folder = root.appendingPathComponent("fiscal-years/\(year)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(
            """
            rfc = "TFX010101AB1"
            legal_name = "Fixture Dry Run, S.A."
            program_number = "IMMEX-TEST-2"
            modality = "industrial"
            """.utf8
        ).write(to: folder.appendingPathComponent("company.toml"))
        try Data(rules.utf8).write(to: folder.appendingPathComponent("rules.toml"))
        var salesText = "uuid,issued_on,type,customer_rfc,export_code,currency,subtotal\n"
        for (index, sale) in sales.enumerated() {
            salesText += String(format: "00000000-0000-4000-8000-%012d", index + 1) + ",\(sale.date),I,IDN0503157K2,01,MXN,\(sale.mxn)\n"
        }
        try Data(salesText.utf8).write(to: folder.appendingPathComponent("sales.csv"))
        var exportsText = "pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn\n"
        for (index, export) in exports.enumerated() {
            exportsText += String(format: "%02d24342150%05d", year % 100, index + 1) + ",240,RT,\(export.date),20.00000,\(export.usd),\(export.mxn)\n"
        }
        if !withoutExportsCSV { try Data(exportsText.utf8).write(to: folder.appendingPathComponent("exports.csv")) }
    }
}
