import Testing
@testable import IMMEXDomain

@Suite("Grouping linked records by their set")
struct GroupedNodesTests {
    @Test("groups come in root order, each keeping its nodes in ascending order; empty roots are skipped")
    func grouping() {
        // Roots: 0 → 4, 1 → 1, 2 → 4, 5 → 1, 7 → 7, 8 → 4.
        let roots = [0: 4, 1: 1, 2: 4, 5: 1, 7: 7, 8: 4]
        let grouped = GroupedNodes([0, 1, 2, 5, 7, 8], count: 9) { roots[$0]! }
        #expect(grouped.groups.map(Array.init) == [[1, 5], [0, 2, 8], [7]])
        #expect(GroupedNodes([], count: 3) { $0 }.groups.map(Array.init).isEmpty)
    }
}
