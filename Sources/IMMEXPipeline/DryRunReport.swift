import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport

/// `check --report`: the dry run as XML (validated against `templates/dry-run.xsd`) and text.
enum DryRunReport {
    static let template = "dry-run.xml.mustache"
    static let schema = "dry-run.xsd"

    static func write(_ document: DryRunDocument, request: CheckRequest, inputs: [InputFile]) throws(FilingError) -> [String] {
        let templates = try TemplateSet.load(root: request.root, report: ReportSettings(template: template, schema: schema))
        let assessment = document.assessment
        let metadata = ReportMetadata(
            generator: request.generator, generatedAt: UTCTime.iso8601(request.generatedAt),
            inputs: inputs.map {
                InputDigest(path: $0.displayPath, role: $0.displayPath.hasSuffix(".toml") ? .settings : .extract, sha256: $0.sha256, bytes: $0.size)
            }
                + templates.digests)
        var context = ReportContext.make(figures: assessment.yearToDate, metadata: metadata, findings: document.findings)
        context["asOf"] = assessment.asOf.description
        context["daysElapsed"] = String(assessment.daysElapsed)
        context["daysInYear"] = String(assessment.daysInYear)
        context["onTrack"] = assessment.onTrack ? "true" : "false"
        context["leftOut"] = ["invoices": String(document.leftOutInvoices), "pedimentos": String(document.leftOutPedimentos)]
        context["projections"] = assessment.projections.map { projection -> [String: Any] in
            var entry: [String: Any] = [
                "method": projection.method.rawValue, "sales": projection.sales.decimalString,
                "exportsMXN": projection.exportsMXN.decimalString, "exportsUSD": projection.exportsUSD.decimalString,
                "usdPasses": projection.thresholds.usd.passes ? "true" : "false",
                "sharePasses": projection.thresholds.share.passes ? "true" : "false",
                "passes": projection.thresholds.passes ? "true" : "false",
            ]
            if let percent = projection.thresholds.share.percent { entry["sharePercent"] = percent.description }
            return entry
        }
        var gap: [String: Any] = ["usdNeeded": assessment.gap.usdNeeded.decimalString, "mxnNeeded": assessment.gap.mxnNeededForShare.decimalString]
        if let share = assessment.gap.shareOfRemainingSales { gap["shareOfRemainingSales"] = share.description }
        context["gap"] = gap
        context["calendar"] = [
            "today": document.today.description, "deadline": assessment.calendar.deadline.description, "daysLeft": String(document.daysLeft),
            "lateWindowEnd": assessment.calendar.lateWindowEnd.description, "cancelledFrom": document.cancellationDate.description,
            "filed": document.filed ? "true" : "false",
        ]
        let name = "dry-run-\(assessment.asOf)"
        let xml = Array(templates.renderer.render(context).utf8)
        do { try templates.schema.validate(xml, name: "\(name).xml") } catch { throw .inputErrors(templates.findings(for: error)) }
        // The page shows the run-rate projection of cumulative USD exports, dashed.
        var projected: [Money<USD>] = []
        if let runRate = assessment.projections.first {
            let ytd = assessment.yearToDate.exports.total.usd
            let extra = runRate.exportsUSD - ytd
            let remaining = Int64(assessment.daysInYear - assessment.daysElapsed)
            for month in 1...12 {
                let end = CalendarDate(year: request.year.value, month: month, day: CalendarDate.daysIn(month: month, year: request.year.value))!
                let days = Int64(max(0, end.daysSince1970 - assessment.asOf.daysSince1970))
                // (In 128 bits, clamped: a chart's projection never traps.)
                let added = remaining > 0 ? Int128(extra.centavos) * Int128(min(days, remaining)) / Int128(remaining) : 0
                projected.append(Money(centavos: Int64(clamping: Int128(ytd.centavos) + added)))
            }
        }
        let language = request.language ?? FilingRun.language(root: request.root, year: request.year)
        let page = try SummaryPageRenderer.render(
            root: request.root,
            context: SummaryPage.context(
                figures: assessment.yearToDate, findings: document.findings, metadata: metadata, language: language, signature: nil,
                dryRun: .init(asOf: assessment.asOf, projectedCumulativeUSD: projected)))
        let lock = try YearLock.acquire(root: request.root, year: String(request.year.value), command: "check --report")
        defer { withExtendedLifetime(lock) {} }
        let outputs = OutputSet(
            directory: "out/\(request.year)",
            files: [
                ("\(name).xml", OutputSet.bytes(xml)),
                ("\(name).txt", OutputSet.bytes(Array(DryRunText.render(document, language: language).utf8))),
                ("\(name).html", OutputSet.bytes(Array(page.utf8))),
            ])
        do { try outputs.publish(root: request.root) } catch { throw .outputFailed(error.phrase) }
        return outputs.paths
    }
}
