import TestSupport
import Testing

@testable import IMMEXDomain
@testable import IMMEXEngine

extension GroupedNodes {
    /// The groups of some roots (all by default), each as an array.
    fileprivate func groups(roots: Range<Int>? = nil) -> [[Int]] {
        var groups: [[Int]] = []
        forEachGroup(roots: roots ?? 0..<rootCount) { groups.append($0.map { Int($0) }) }
        return groups
    }
}

@Suite("Grouping linked records by their set")
struct GroupedNodesTests {
    @Test("groups come in root order, each keeping its nodes in ascending order; empty roots are skipped")
    func grouping() {
        // Roots: 0 → 4, 1 → 1, 2 → 4, 5 → 1, 7 → 7, 8 → 4.
        let roots = [0: 4, 1: 1, 2: 4, 5: 1, 7: 7, 8: 4]
        let grouped = GroupedNodes([0, 1, 2, 5, 7, 8], count: 9) { roots[$0]! }
        #expect(grouped.groups() == [[1, 5], [0, 2, 8], [7]])
        #expect(GroupedNodes([], count: 3) { $0 }.groups().isEmpty)
    }

    @Test("cut at the middle root, the two halves are all the groups, in order, each about half the nodes")
    func halves() {
        for count in [0, 1, 2, 9, 1_000] {
            // Every node under the root of its tens: groups of ten, the last one shorter.
            let nodes = (0..<count).map { UInt32($0) }
            let grouped = GroupedNodes(nodes, count: count) { $0 / 10 * 10 }
            let middle = grouped.middleRoot
            let first = grouped.groups(roots: 0..<middle)
            let second = grouped.groups(roots: middle..<grouped.rootCount)
            #expect(first + second == grouped.groups(), "\(count)")
            #expect(abs(first.joined().count - second.joined().count) <= 10, "\(count)")
        }
    }
}

@Suite("Disjoint sets of linked records")
struct UnionFindTests {
    @Test("the flattened roots are what finding each node gives, after unions in any order")
    func flattenedRoots() {
        var numbers = SeededNumbers(seed: 5)
        for count in [1, 2, 10, 1_000] {
            for unions in [0, count / 3, count * 2] {
                var sets = UnionFind(count: count)
                for _ in 0..<unions { sets.union(numbers.next(count), numbers.next(count)) }
                var probe = sets
                let found = (0..<count).map { UInt32(probe.find($0)) }
                #expect(sets.takeRoots() == found, "\(count) nodes, \(unions) unions")
            }
        }
    }
}
