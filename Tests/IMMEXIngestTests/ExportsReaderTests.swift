import Foundation
import Testing
@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("exports.csv: pedimentos, keys and rectifications")
struct ExportsReaderTests {
    static func row(_ overrides: [String: String]) -> (line: String, column: [String: Int]) {
        fixtureRow(header: ExportsFixture.header, good: ExportsFixture.good, overrides)
    }

    @Test("a good row is read whole")
    func goodRow() throws {
        let (pedimentos, findings) = try ExportsFixture.read([ExportsFixture.good])
        #expect(findings.isEmpty)
        let pedimento = try #require(pedimentos.first)
        #expect(pedimento.commercialValueMXN.centavos == 2_012_345)
        #expect(pedimento.valueUSD.centavos == 100_000)
        #expect(pedimento.exchangeRate.description == "20.12345")
    }

    @Test("each class of bad value, at its field", arguments: [
        ("pedimento", "2524342150001", FindingCode.malformedPedimento),
        ("customs_section", "24", .malformedCode),
        ("customs_section", "070", .customsSectionMismatch),
        ("key", "ZZ", .unknownKey),
        ("key", "A", .unknownKey),
        ("paid_on", "2026-01-02", .dateOutsideYear),
        ("exchange_rate", "20.123456", .malformedRate),
        ("value_usd", "1000.001", .malformedAmount),
        ("commercial_value_mxn", "-3", .negativeAmount),
        ("commercial_value_mxn", "", .missingValue),
        ("destination_country", "usa1", .malformedCode),
        ("invoice_uuid", "123", .malformedUUID),
        ("rectifies", "999", .malformedPedimento),
    ])
    func badValue(column: String, value: String, code: FindingCode) throws {
        let (line, columns) = Self.row([column: value])
        let (_, findings) = try ExportsFixture.read([line])
        #expect(places(findings) == ["2:\(columns[column]!) \(code.rawValue)"])
    }

    @Test("a repeated pedimento points at its first occurrence")
    func duplicate() throws {
        let (pedimentos, findings) = try ExportsFixture.read([ExportsFixture.good, ExportsFixture.good])
        #expect(places(findings) == ["3:1 duplicate-pedimento"])
        #expect(findings.first?.related?.line == 2)
        #expect(pedimentos.count == 1)
    }

    @Test("an R1 must say what it rectifies")
    func rectificationWithoutTarget() throws {
        let (line, columns) = Self.row(["key": "R1"])
        let (_, findings) = try ExportsFixture.read([line])
        #expect(places(findings) == ["2:\(columns["rectifies"]!) missing-value"])
    }

    @Test("consignment companies must give value added")
    func consignment() throws {
        let (line, columns) = Self.row([:])
        let (_, findings) = try ExportsFixture.read([line], consignment: true)
        #expect(places(findings) == ["2:\(columns["value_added_mxn"]!) missing-value"])
    }

    @Test("spaces inside a pedimento number are accepted (the CFDI form)")
    func spacedNumber() throws {
        let (line, _) = Self.row(["pedimento": "25  24  3421  5000123"])
        let (pedimentos, findings) = try ExportsFixture.read([line])
        #expect(findings.isEmpty)
        #expect(pedimentos.first?.number.digits == "252434215000123")
    }
}
