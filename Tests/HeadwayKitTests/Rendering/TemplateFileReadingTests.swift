import Foundation
import Testing
@testable import HeadwayKit

/// How template override files are read (found by the fuzzer: an empty `report.md.mustache` leaked
/// 4 KB each time it was loaded, through Foundation's file reading).
@Suite struct TemplateFileReadingTests {
    private func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("headway-template-\(UUID().uuidString).mustache")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func readsTheBytesOfAnEmptyOrFullFile() throws {
        let empty = try file(""), full = try file("# {{title}}\n")
        defer { try? FileManager.default.removeItem(at: empty); try? FileManager.default.removeItem(at: full) }
        #expect(TemplateSet.contents(of: empty) == Data())
        #expect(TemplateSet.contents(of: full) == Data("# {{title}}\n".utf8))
        #expect(TemplateSet.contents(of: empty.appendingPathExtension("missing")) == nil)
        #expect(TemplateSet.contents(of: FileManager.default.temporaryDirectory) == nil)
    }

    #if os(Linux)
    /// 50,000 reads of an empty file: 200 MB leaked before the fix, none now (a margin of 100 MB allows
    /// for tests running alongside).
    @Test func readingAnEmptyFileLeaksNothing() throws {
        let empty = try file("")
        defer { try? FileManager.default.removeItem(at: empty) }
        let before = try residentBytes()
        for _ in 0..<50_000 { _ = TemplateSet.contents(of: empty) }
        let grown = try residentBytes() - before
        #expect(grown < 100_000_000, "resident memory grew by \(grown) bytes")
    }

    /// The process's resident memory, from /proc/self/statm (its second field, in pages of 4 KB).
    private func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(fields.count > 1 ? Int(fields[1]) : nil) * 4096
    }
    #endif
}
