import Foundation
import IMMEXDomain
import SpreadsheetSupport

/// `working-paper-sales.csv` (in the evidence bundle) and the workbook's invoices sheet: one row per
/// invoice of `sales.csv`, with its line and what it added to total sales (`SalesContribution`).
/// Written while `sales.csv` is read, a stretch at a time; no field holds a comma or a quote (the
/// treatments are worded without them, the rest are validated codes and numbers), so the file is
/// read back for the workbook by splitting at commas.
public enum SalesWorkingPaper {
    public static let fileName = "working-paper-sales.csv"

    static func columns(_ words: AnnualWorkbook.Words) -> [(title: String, width: Double)] {
        [
            ("UUID", 38), (words.line, 8), (words.issuedOn, 11), (words.cfdiType, 6), (words.status, 10), (words.customerRFC, 15),
            (words.destination, 8), (words.exportCode, 8), (words.currency, 8), (words.exchangeRate, 11), (words.subtotal, 16),
            (words.discount, 14), (words.treatment, 24), (words.countedMXN, 18),
        ]
    }

    /// The header line, in `language`.
    public static func header(_ language: SummaryLanguage) -> [UInt8] {
        Array((columns(AnnualWorkbook.Words(language)).map { FindingsCSV.quote($0.title) }.joined(separator: ",") + "\r\n").utf8)
    }

    /// A line writer for the reading threads, in `language`.
    public static func lineWriter(_ language: SummaryLanguage) -> @Sendable (SalesInvoice, SalesContribution, inout [UInt8]) -> Void {
        let words = AnnualWorkbook.Words(language)
        let treatments = (counted: words.salesCounted, credit: words.creditCounted, cancelled: words.cancelledNotCounted, notSales: words.notSalesNotCounted)
        return { invoice, contribution, bytes in
            let (treatment, counted): (String, String) =
                switch contribution {
                case .counted(let amount): (invoice.type == .credit ? treatments.credit : treatments.counted, amount.decimalString)
                case .cancelled: (treatments.cancelled, "0.00")
                case .notSales: (treatments.notSales, "0.00")
                case .unstatable: ("", "")
                }
            let line =
                "\(invoice.uuid),\(invoice.location.line ?? 0),\(invoice.issuedOn),\(invoice.type.rawValue),\(invoice.status.rawValue),\(invoice.customerRFC),"
                + "\(invoice.customerCountry?.description ?? ""),\(invoice.exportCode.rawValue),\(invoice.currency),\(invoice.exchangeRate),\(invoice.subtotal),"
                + "\(invoice.discount),\(treatment),\(counted)\r\n"
            bytes += line.utf8
        }
    }

    /// The workbook's invoices sheet, read back from the paper at `file` (`rows` lines after its header).
    static func sheet(file: URL, rows: Int, words: AnnualWorkbook.Words) -> SpreadsheetSheet {
        let kinds: [Kind] = [.text, .integer, .text, .text, .text, .text, .text, .text, .text, .decimal, .decimal, .decimal, .text, .amount]
        return SpreadsheetSheet(
            name: words.invoicesSheet, columns: columns(words).map { SpreadsheetColumn($0.title, width: $0.width) }, rowCount: rows,
            rows: {
                var lines = LineReader(url: file)
                _ = lines.next()  // the header
                return AnyIterator {
                    guard let line = lines.next() else { return nil }
                    return zip(line.split(separator: ",", omittingEmptySubsequences: false), kinds).map { field, kind in kind.cell(String(field)) }
                }
            })
    }

    enum Kind {
        case text, integer, decimal, amount

        func cell(_ text: String) -> SpreadsheetCell {
            guard !text.isEmpty else { return .empty }
            switch self {
            case .text: return .text(text)
            case .integer: return Int(text).map { .integer($0) } ?? .text(text)
            case .decimal: return .decimal(text)
            case .amount:
                guard case .success(let number) = DecimalNumber.parse(text, maximumScale: 2), let cents = Int64(exactly: number.mantissa(atScale: 2)) else {
                    return .text(text)
                }
                return .amount(cents)
            }
        }
    }
}

/// Lines of a file, a megabyte read at a time.
struct LineReader {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(url: URL) { handle = try? FileHandle(forReadingFrom: url) }

    mutating func next() -> String? {
        while true {
            if let end = buffer[start...].firstIndex(of: 10) {
                var stop = end
                if stop > start, buffer[stop - 1] == 13 { stop -= 1 }
                let line = String(decoding: buffer[start..<stop], as: UTF8.self)
                start = end + 1
                return line
            }
            guard !ended, let handle, let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty else {
                ended = true
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            buffer.removeFirst(start)
            start = 0
            buffer += data
        }
    }
}
