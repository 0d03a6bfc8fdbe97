import Foundation
import IMMEXDomain
import SpreadsheetSupport

/// `working-paper-sales.csv` (in the evidence bundle) and the workbook's invoices sheet: one row per
/// invoice of `sales.csv`, with its line and what it added to total sales (`SalesContribution`):
/// the UUID, line, day, type, customer and currency to find and filter it by; its amounts and rate
/// are on its line of `sales.csv` (a year may hold ten million invoices: the paper stays lean).
/// Written while `sales.csv` is read, a stretch at a time; no field holds a comma or a quote (the
/// treatments are worded without them, the rest are validated codes and numbers), so the file is
/// read back for the workbook by splitting at commas.
public enum SalesWorkingPaper {
    public static let fileName = "working-paper-sales.csv"

    static func columns(_ words: AnnualWorkbook.Words) -> [(title: String, width: Double)] {
        [
            ("UUID", 38), (words.line, 8), (words.issuedOn, 11), (words.cfdiType, 6), (words.customerRFC, 15), (words.currency, 8),
            (words.treatment, 24), (words.countedMXN, 18),
        ]
    }

    /// The header line, in `language`.
    public static func header(_ language: SummaryLanguage) -> [UInt8] {
        Array((columns(AnnualWorkbook.Words(language)).map { FindingsCSV.quote($0.title) }.joined(separator: ",") + "\r\n").utf8)
    }

    /// A line writer for the reading threads, in `language`. Written byte by byte: a year may
    /// hold ten million invoices, and text made field by field cost more than reading them. An
    /// invoice of `csvFile` gives its line; one summed from a CFDI (`[sales] source = "cfdi"`) its
    /// whole place, `package.zip!member.xml:line:column` (a comma in a name written `%2C`, so that
    /// the paper stays split at commas).
    public static func lineWriter(
        _ language: SummaryLanguage, csvFile: SourceFile
    ) -> @Sendable (SalesInvoice, SalesContribution, inout [UInt8]) -> Void {
        let words = AnnualWorkbook.Words(language)
        let sale = Array(words.salesCounted.utf8)
        let credit = Array(words.creditCounted.utf8)
        let cancelled = Array(words.cancelledNotCounted.utf8)
        let notSales = Array(words.notSalesNotCounted.utf8)
        let comma = UInt8(ascii: ",")
        return { invoice, contribution, bytes in
            invoice.uuid.append(to: &bytes)
            bytes.append(comma)
            if invoice.location.source == csvFile {
                bytes.appendDecimal(Int64(invoice.location.line ?? 0), scale: 0)
            } else {
                bytes += invoice.location.description.replacingOccurrences(of: ",", with: "%2C").utf8
            }
            bytes.append(comma)
            bytes.appendDate(invoice.issuedOn)
            bytes.append(comma)
            bytes += invoice.type.rawValue.utf8
            bytes.append(comma)
            bytes += invoice.customerRFC.description.utf8
            bytes.append(comma)
            bytes.appendCode(invoice.currency.packed)
            bytes.append(comma)
            switch contribution {
            case .counted(let amount):
                bytes += invoice.type == .credit ? credit : sale
                bytes.append(comma)
                bytes.appendDecimal(amount.centavos, scale: 2)
            case .cancelled:
                bytes += cancelled
                bytes += ",0.00".utf8
            case .notSales:
                bytes += notSales
                bytes += ",0.00".utf8
            case .unstatable:
                bytes.append(comma)
            }
            bytes += "\r\n".utf8
        }
    }

    /// The workbook's invoices sheet, read back from the paper at `file` (`rows` lines after its header).
    static func sheet(file: URL, rows: Int, words: AnnualWorkbook.Words) -> SpreadsheetSheet {
        let kinds: [Kind] = [.text, .integer, .text, .text, .text, .text, .text, .amount]
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
