import Foundation
import Testing

@testable import IMMEXDomain

@Suite("File names kept once for the run, locations holding their index")
struct SourceFileTests {
    @Test("a name read back is the name given; equal names are one index, different names two")
    func interning() {
        let name = "fiscal-years/2025/sales-\(UUID().uuidString).csv"
        #expect(SourceFile(name) == SourceFile(String(decoding: Array(name.utf8), as: UTF8.self)))
        #expect(SourceFile(name).name == name)
        #expect(SourceFile(name) != SourceFile(name + "x"))
        #expect(SourceFile("") == .none && SourceFile.none.name.isEmpty)
        var location = SourceLocation(file: name, line: 3, column: 1)
        #expect(location.file == name && location.description == "\(name):3:1")
        location.file = "other.csv"
        #expect(location == SourceLocation(source: SourceFile("other.csv"), line: 3, column: 1))
        #expect(MemoryLayout<IMMEXDomain.SourceLocation>.size == 24)
    }

    @Test("locations are ordered by the file's name, not by when the name was first met")
    func ordering() {
        let tag = UUID().uuidString
        let later = SourceLocation(file: "z-\(tag).csv", line: 1)
        let earlier = SourceLocation(file: "a-\(tag).csv", line: 9)
        #expect(earlier < later && !(later < earlier))
        #expect(SourceLocation(file: "a-\(tag).csv", line: 2) < earlier)
    }

    @Test("names met on many threads at once each get one index")
    func concurrentInterning() async {
        let tag = UUID().uuidString
        let names = (0..<40).map { "file-\(tag)-\($0 % 8).csv" }
        let found = await withTaskGroup(of: (String, SourceFile).self) { group in
            for name in names { group.addTask { (name, SourceFile(name)) } }
            var found: [(String, SourceFile)] = []
            for await pair in group { found.append(pair) }
            return found
        }
        for (name, file) in found {
            #expect(file == SourceFile(name) && file.name == name)
        }
        #expect(Set(found.map(\.1)).count == 8)
    }
}
