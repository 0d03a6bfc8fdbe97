import CXLSXWriter
import Foundation

// Every libxlsxwriter call lives in this file. A workbook is written whole by one call
// (`Spreadsheet.write`), in libxlsxwriter's constant-memory mode: each sheet's rows go to a
// temporary file as they are made, so a working paper of a million rows never sits in memory.

/// One cell of a sheet.
public enum SpreadsheetCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// An exact amount in hundredths (centavos, cents), shown with two decimals and thousands.
    case amount(Int64)
    /// An exact decimal written as text (`20.469466`), stored as a number with its decimals shown.
    case decimal(String)
    case empty
}

/// A column of a sheet: its title (the header row) and width in characters.
public struct SpreadsheetColumn: Sendable {
    public var title: String
    public var width: Double

    public init(_ title: String, width: Double = 14) {
        self.title = title
        self.width = width
    }
}

/// One sheet: a header row (bold, frozen, with filters) over `rowCount` rows made on demand.
public struct SpreadsheetSheet: Sendable {
    public var name: String
    public var columns: [SpreadsheetColumn]
    /// How many rows `rows` gives (the filter's range is set from it).
    public var rowCount: Int
    /// The rows in order, made as the sheet is written.
    public var rows: @Sendable () -> AnyIterator<[SpreadsheetCell]>

    public init(name: String, columns: [SpreadsheetColumn], rowCount: Int, rows: @escaping @Sendable () -> AnyIterator<[SpreadsheetCell]>) {
        self.name = name
        self.columns = columns
        self.rowCount = rowCount
        self.rows = rows
    }

    /// A sheet whose row `index` is `row(index)`.
    public init(name: String, columns: [SpreadsheetColumn], rowCount: Int, row: @escaping @Sendable (Int) -> [SpreadsheetCell]) {
        self.init(
            name: name, columns: columns, rowCount: rowCount,
            rows: {
                var index = 0
                return AnyIterator {
                    guard index < rowCount else { return nil }
                    defer { index += 1 }
                    return row(index)
                }
            })
    }

    /// A sheet of rows already made.
    public init(name: String, columns: [SpreadsheetColumn], rows: [[SpreadsheetCell]]) {
        self.init(name: name, columns: columns, rowCount: rows.count, row: { rows[$0] })
    }

    /// The most data rows a sheet holds: Excel's 1,048,576 rows, less the header.
    public static let maximumRows = Int(LXW_ROW_MAX) - 1
}

/// Why a workbook could not be written.
public struct SpreadsheetError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The document properties written into the workbook.
public struct SpreadsheetProperties: Sendable {
    public var title: String
    public var author: String
    /// The creation time (seconds since 1970), fixed so the same inputs give the same file.
    public var created: Int64

    public init(title: String, author: String, created: Int64) {
        self.title = title
        self.author = author
        self.created = created
    }
}

public enum Spreadsheet {
    /// The longest text a cell holds (Excel's limit); longer text is cut, with an ellipsis.
    static let maximumText = 32_767

    /// Writes `sheets` into an `.xlsx` at `url`. The temporary files go beside it.
    public static func write(_ sheets: [SpreadsheetSheet], properties: SpreadsheetProperties, to url: URL) throws(SpreadsheetError) {
        // (Kept until the workbook is closed: the temporary files are made as sheets are written.)
        let tmpdir = strdup(url.deletingLastPathComponent().path)
        defer { free(tmpdir) }
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: tmpdir, use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let book = url.path.withCString({ workbook_new_opt($0, &options) }) else {
            throw SpreadsheetError(description: "libxlsxwriter could not create \(url.path)")
        }
        var closed = false
        // A workbook that failed is closed (libxlsxwriter then writes what it has) and removed.
        defer {
            if !closed {
                _ = workbook_close(book)
                try? FileManager.default.removeItem(at: url)
            }
        }

        try setProperties(book, properties)
        let bold = workbook_add_format(book)
        format_set_bold(bold)
        let money = workbook_add_format(book)
        format_set_num_format(money, "#,##0.00")
        var decimalFormats: [Int: UnsafeMutablePointer<lxw_format>] = [:]
        func decimalFormat(_ places: Int) -> UnsafeMutablePointer<lxw_format>? {
            if let format = decimalFormats[places] { return format }
            let format = workbook_add_format(book)
            format_set_num_format(format, places == 0 ? "0" : "0." + String(repeating: "0", count: places))
            decimalFormats[places] = format
            return format
        }

        for sheet in sheets {
            guard let page = sheet.name.withCString({ workbook_add_worksheet(book, $0) }) else {
                throw SpreadsheetError(description: "libxlsxwriter refused the sheet name '\(sheet.name)'")
            }
            for (index, column) in sheet.columns.enumerated() {
                try check(worksheet_set_column(page, lxw_col_t(index), lxw_col_t(index), column.width, nil), "a column width")
                try write(.text(column.title), page, row: 0, column: index, format: bold)
            }
            let rows = min(sheet.rowCount, SpreadsheetSheet.maximumRows)
            let made = sheet.rows()
            for index in 0..<rows {
                guard let row = made.next() else { break }
                for (column, cell) in row.enumerated() {
                    let format: UnsafeMutablePointer<lxw_format>?
                    switch cell {
                    case .amount: format = money
                    case .decimal(let text): format = decimalFormat(text.split(separator: ".").dropFirst().first?.count ?? 0)
                    default: format = nil
                    }
                    try write(cell, page, row: index + 1, column: column, format: format)
                }
            }
            if !sheet.columns.isEmpty {
                worksheet_freeze_panes(page, 1, 0)
                try check(worksheet_autofilter(page, 0, 0, lxw_row_t(rows), lxw_col_t(sheet.columns.count - 1)), "the filters")
            }
        }
        closed = true
        do {
            try check(workbook_close(book), "the workbook")
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    private static func setProperties(_ book: UnsafeMutablePointer<lxw_workbook>, _ properties: SpreadsheetProperties) throws(SpreadsheetError) {
        let status = properties.title.withCString { title in
            properties.author.withCString { author in
                var fields = lxw_doc_properties()
                fields.title = UnsafeMutablePointer(mutating: title)
                fields.author = UnsafeMutablePointer(mutating: author)
                fields.created = time_t(properties.created)
                return workbook_set_properties(book, &fields)
            }
        }
        try check(status, "the document properties")
    }

    private static func write(
        _ cell: SpreadsheetCell, _ page: UnsafeMutablePointer<lxw_worksheet>, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?
    ) throws(SpreadsheetError) {
        let (r, c) = (lxw_row_t(row), lxw_col_t(column))
        let status: lxw_error
        switch cell {
        case .empty:
            return
        case .text(let text):
            guard !text.isEmpty else { return }
            status = cellText(text).withCString { worksheet_write_string(page, r, c, $0, format) }
        case .integer(let number):
            status = worksheet_write_number(page, r, c, Double(number), format)
        case .amount(let hundredths):
            status = worksheet_write_number(page, r, c, Double(hundredths) / 100, format)
        case .decimal(let text):
            guard let number = Double(text) else {
                status = worksheet_write_string(page, r, c, text, nil)
                break
            }
            status = worksheet_write_number(page, r, c, number, format)
        }
        try check(status, "row \(row + 1), column \(column + 1)")
    }

    /// Text as a cell holds it: no NUL (C strings end there), at most `maximumText` characters.
    static func cellText(_ text: String) -> String {
        let clean = text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "") : text
        guard clean.utf16.count > maximumText else { return clean }
        return String(clean.prefix(maximumText - 1)) + "…"
    }

    private static func check(_ status: lxw_error, _ what: String) throws(SpreadsheetError) {
        guard status != LXW_NO_ERROR else { return }
        throw SpreadsheetError(description: "libxlsxwriter failed writing \(what): \(String(cString: lxw_strerror(status)))")
    }
}
