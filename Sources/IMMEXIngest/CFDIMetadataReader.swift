import IMMEXDomain
import Machinery

extension CFDIMetadata: LocatedRecord {}

/// Reads a metadata `.txt` of the bulk download through the one CSV reader: `~`-separated, no
/// quoting, records ended by CR LF (a name may hold a bare LF), header
/// `Uuid~RfcEmisor~NombreEmisor~RfcReceptor~NombreReceptor~RfcPac~FechaEmision~FechaCertificacionSat~Monto~EfectoComprobante~Estatus~FechaCancelacion`.
public struct CFDIMetadataReader: Sendable {
    public var findingsPerCode = FindingLimiter.defaultPerCode
    public var counts: ReadCounts?

    public init() {}

    /// Hands `body` the rows a stretch at a time, in file order, never all at once.
    public func read(_ source: CSVSource, findings: inout [Finding], each body: ([CFDIMetadata]) -> Void) {
        var reader = CSVRecordReader(schema: CFDIMetadataSchema(), aliases: [:])
        reader.findingsPerCode = findingsPerCode
        reader.counts = counts
        reader.hashesFile = false
        _ = reader.read(source, findings: &findings, part: { _ in [CFDIMetadata]() }, accept: { $0.append($1) }, merge: body)
    }

    public func read(_ source: CSVSource, findings: inout [Finding]) -> (rows: [CFDIMetadata], count: Int) {
        var reader = CSVRecordReader(schema: CFDIMetadataSchema(), aliases: [:])
        reader.findingsPerCode = findingsPerCode
        reader.counts = counts
        reader.hashesFile = false
        // (A metadata file holds up to a million rows: gathered in chunks, never doubled.)
        var rows = ChunkedCollector<CFDIMetadata>()
        let (count, _) = reader.read(
            source, findings: &findings, part: { _ in [CFDIMetadata]() }, accept: { $0.append($1) },
            merge: { part in for row in part { rows.append(row) } })
        return (rows.array(), count)
    }
}

struct CFDIMetadataSchema: RecordSchema {
    enum Column: Int, CaseIterable, Sendable { case uuid, issuer, receiver, issuedOn, amount, type, status, cancelledOn }

    static let columns: [ColumnSpec] = [
        .required("Uuid"), .required("RfcEmisor"), .required("RfcReceptor"), .required("FechaEmision"), .required("Monto"),
        .required("EfectoComprobante"), .required("Estatus"), .optional("FechaCancelacion"), .optional("NombreEmisor"),
        .optional("NombreReceptor"), .optional("RfcPac"), .optional("FechaCertificacionSat"),
    ]
    static let keyColumn = "Uuid"
    static var dialect: CSVDialect { CSVDialect(separator: UInt8(ascii: "~"), quoting: false, recordsEndWithCRLF: true) }
    /// Dates are the SAT's, of any year (a package may cover several).
    let year = FiscalYear(0)

    func key(of row: CFDIMetadata) -> RowKey { RowKey(high: row.uuid.high, low: row.uuid.low) }

    func repeatFinding(_ row: CFDIMetadata, at location: SourceLocation, first: SourceLocation) -> Finding {
        Finding(
            .duplicateUUID, "UUID \(row.uuid) appears again in the metadata", at: location, hint: "overlapping downloads list a CFDI twice; keep one",
            related: first)
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss`, `YYYY-MM-DDThh:mm:ss`, or `DD/MM/YYYY hh:mm:ss`.
    static func date(_ bytes: some Collection<UInt8>) -> CalendarDate? {
        let text = Array(bytes)
        guard text.count >= 10 else { return nil }
        if text[4] == UInt8(ascii: "-") {
            return text.withUnsafeBufferPointer { CalendarDate.parse(utf8: UnsafeBufferPointer(rebasing: $0[0..<10])) }
        }
        guard text[2] == UInt8(ascii: "/"), text[5] == UInt8(ascii: "/") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            text[range].allSatisfy { $0 &- 0x30 <= 9 } ? text[range].reduce(0) { $0 * 10 + Int($1 &- 0x30) } : nil
        }
        guard let day = number(0..<2), let month = number(3..<5), let year = number(6..<10) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    func fastRecord(_ fields: inout FieldBytes<Column>, line: Int, file: SourceFile, _ body: (CFDIMetadata) -> Void) -> Bool {
        let typeBytes = fields[.type]
        let status = fields[.status]
        guard let uuid = InvoiceUUID(utf8: fields[.uuid]), let issuer = RFC(asciiUppercase: fields[.issuer]),
            let receiver = RFC(asciiUppercase: fields[.receiver]), let issued = Self.date(fields[.issuedOn]),
            let amount = DecimalNumber.value(utf8: fields[.amount], maximumScale: 6), !amount.isNegative,
            typeBytes.count == 1, let type = CFDIType(byte: typeBytes[0]),
            status.count == 1, status[0] == UInt8(ascii: "0") || status[0] == UInt8(ascii: "1")
        else { return false }
        var cancelled: CalendarDate?
        if !fields[.cancelledOn].isEmpty {
            guard let date = Self.date(fields[.cancelledOn]) else { return false }
            cancelled = date
        }
        body(
            CFDIMetadata(
                uuid: uuid, issuerRFC: issuer, receiverRFC: receiver, issuedOn: issued, amount: amount, type: type,
                isActive: status[0] == UInt8(ascii: "1"), cancelledOn: cancelled, location: SourceLocation(source: file, line: line, column: 1)))
        return true
    }

    func checkedRecord(_ row: inout RowReader) -> CFDIMetadata? {
        let uuid = row.uuid("Uuid", "UUID", required: true)
        let issuer = row.parsed("RfcEmisor", "issuer RFC", required: true, code: .malformedRFC, expectation: "an RFC of 12 or 13 characters", { RFC($0) })
        let receiver = row.parsed(
            "RfcReceptor", "receiver RFC", required: true, code: .malformedRFC, expectation: "an RFC of 12 or 13 characters", { RFC($0) })
        let issued = row.parsed(
            "FechaEmision", "issue date", required: true, code: .malformedDate, expectation: "a date, YYYY-MM-DD hh:mm:ss or DD/MM/YYYY hh:mm:ss",
            { Self.date(Array($0.utf8)) })
        let amount = row.amount("Monto", "amount", scale: 6, required: true)
        let type = row.parsed(
            "EfectoComprobante", "CFDI type", required: true, code: .unknownCode, expectation: "I, E, T, N or P", { CFDIType(rawValue: $0.uppercased()) })
        let status = row.parsed(
            "Estatus", "status", required: true, code: .unknownCode, expectation: "1 (in force) or 0 (cancelled)",
            { $0 == "1" ? true : $0 == "0" ? false : nil })
        var cancelled: CalendarDate?
        if let text = row.text("FechaCancelacion") {
            cancelled = Self.date(Array(text.utf8))
            if cancelled == nil {
                row.report(
                    .malformedDate, "FechaCancelacion '\(Finding.echo(text))' is not a date", column: "FechaCancelacion",
                    hint: "the package may be damaged; download it again")
            }
        }
        guard let uuid, let issuer, let receiver, let issued, let amount, let type, let status else { return nil }
        return CFDIMetadata(
            uuid: uuid, issuerRFC: issuer, receiverRFC: receiver, issuedOn: issued, amount: amount, type: type, isActive: status,
            cancelledOn: cancelled, location: row.record.location)
    }
}
