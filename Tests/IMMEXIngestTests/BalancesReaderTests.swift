import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest

@Suite("The inventory control's balances (imports-balances.csv)")
struct BalancesReaderTests {
    private func read(_ file: InputFile, aliases: [String: String] = [:]) -> (balances: [InventoryBalance], findings: [Finding], checked: Int) {
        let counts = ReadCounts()
        var reader = BalancesReader(aliases: aliases)
        reader.counts = counts
        var findings: [Finding] = []
        let result = reader.read(.memory(file), findings: &findings)
        return (result.balances, findings, counts.checkedRows)
    }

    @Test("every official spelling takes the fast path, and reads as the checked path would")
    func spellings() throws {
        let rows = (1...300).map { index -> String in
            let number = index.isMultiple(of: 2) ? "25243421500\(String(format: "%04d", index))" : "\"25  24  3421  500\(String(format: "%04d", index))\""
            return "\(number),\(index % 9 + 1),\(index).500,\(index),"
        }
        try forEachLineEnding(header: "pedimento,line,importado,discharged,balance", files: [("balances", rows)], displayPath: "imports-balances.csv") {
            _, ending, _, _, memory in
            let fast = self.read(memory, aliases: ["imported": "importado"])
            #expect(fast.checked == 0 && fast.findings.isEmpty && fast.balances.count == 300, "\(ending.debugDescription) \(fast.findings)")
            #expect(fast.balances[0].balance == DecimalNumber(mantissa: 500, scale: 3) && fast.balances[0].pedimento.digits == "252434215000001")
        }
        // Optional columns absent, quoted amounts: still fast.
        let minimal = try input("imports-balances.csv", "pedimento,line,imported,discharged\n252434215000001,1,\"10\",\"4\"\n")
        let minimalRead = self.read(minimal)
        #expect(minimalRead.checked == 0 && minimalRead.balances.first?.balance == DecimalNumber(mantissa: 6, scale: 0))
    }
}
