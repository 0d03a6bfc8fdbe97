import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport
import SpreadsheetSupport

/// The run's working papers, which tie each figure back to its rows: the sales paper (every
/// invoice, written while `sales.csv` is read) and the exports paper (every pedimento, made once
/// the totals are known). Each is checked against the totals it explains before anything is
/// published; both are sealed in the evidence bundle and linked into `out/<year>/`.
struct WorkingPapers {
    let sales: ScratchFile
    let salesRows: Int
    let exports: ScratchFile
    let exportPaper: ExportWorkingPaper

    /// The sales paper, opened with its header before `sales.csv` is read.
    static func startSales(root: URL, year: FiscalYear, language: SummaryLanguage) throws(FilingError) -> (file: ScratchFile, paper: SalesPaper) {
        let file: ScratchFile
        do { file = try ScratchFile(root: root, year: year) } catch { throw .outputFailed("the sales working paper could not be started: \(error)") }
        file.append(SalesWorkingPaper.header(language))
        let csv = SourceFile(FiscalYearFolder(root: root, year: year).file(FiscalYearLoader.salesFile).displayPath)
        return (file, SalesPaper(line: SalesWorkingPaper.lineWriter(language, csvFile: csv), write: { file.append($0) }))
    }

    /// Both papers finished and checked: the sales paper holds every invoice the totals counted
    /// rows for; the exports paper adds up to total exports and to each memo line.
    static func finish(
        sales: ScratchFile, loaded: LoadedYear, figures: AnnualFigures, language: SummaryLanguage, root: URL
    ) throws(FilingError) -> WorkingPapers {
        let defect: Phrase = "does not add up to the report's totals: a defect of this tool, not of the inputs; nothing was written (please report it)"
        guard loaded.salesPaperRows == loaded.sales.counts.rows else {
            throw .outputFailed("the sales working paper (\(loaded.salesPaperRows) invoices for \(loaded.sales.counts.rows)) \(defect)")
        }
        let exportPaper = ExportWorkingPaper(
            pedimentos: loaded.pedimentos, rules: loaded.rules, consignment: loaded.settings.company.consignment, year: loaded.year)
        guard exportPaper.agrees(with: figures.exports) else { throw .outputFailed("the exports working paper \(defect)") }
        do {
            try sales.finish()
            let exports = try ScratchFile(root: root, year: loaded.year)
            WorkingPaperCSV.render(exportPaper, language: language) { exports.append($0) }
            try exports.finish()
            return WorkingPapers(sales: sales, salesRows: loaded.salesPaperRows, exports: exports, exportPaper: exportPaper)
        } catch {
            throw .outputFailed("the working papers could not be written: \(error)")
        }
    }

    /// Their entries in the evidence bundle (`report/`).
    var bundleEntries: [(name: String, url: URL, size: Int, sha256: String)] {
        [
            (SalesWorkingPaper.fileName, sales.url, sales.size, sales.sha256),
            (WorkingPaperCSV.fileName, exports.url, exports.size, exports.sha256),
        ]
    }

    /// Their files in `out/<year>/`.
    var outputs: [(name: String, write: (URL) throws -> Void)] {
        [
            (SalesWorkingPaper.fileName, { [sales] url in try sales.place(at: url) }),
            (WorkingPaperCSV.fileName, { [exports] url in try exports.place(at: url) }),
        ]
    }

    /// The workbook's sheets: the report's, then the invoices and the pedimentos (each listed up
    /// to `[limits] workbook_rows`; the CSVs always hold every row).
    func workbook(figures: AnnualFigures, findings: [Finding], language: SummaryLanguage) -> [SpreadsheetSheet] {
        AnnualWorkbook.sheets(figures: figures, findings: findings, paper: exportPaper, language: language, sales: (sales.url, salesRows))
    }
}
