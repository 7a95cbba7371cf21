import Foundation
import Testing
@testable import HeadwayKit

/// Reports depend on no emoji and on no font that `scripts/install-deps` does not install.
@Suite struct OutputCharacterTests {
    static let repoRoot = ChartLayoutTests.repoRoot

    /// Whether a character needs an emoji font or a symbol font DejaVu Sans may lack: emoji (not the
    /// ASCII digits, `#` and `*`, which Unicode also counts as emoji), the Miscellaneous Symbols and
    /// Dingbats blocks (☺ ✓ ✔ ✗), everything from U+1F000 on, and the emoji variation selector.
    static func needsSymbolFont(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isEmoji && scalar.value > 0x7F) || (0x2600...0x27BF).contains(scalar.value)
            || scalar.value >= 0x1F000 || scalar.value == 0xFE0F
    }

    /// The Markdown and HTML files of the sample reports and golden fixtures, the templates, and (with
    /// `sources`) the Swift sources, whose literals are the rest of every report's wording.
    static func texts(sources: Bool = false) throws -> [(path: String, text: String)] {
        let folders = ["Samples/reports", "Tests/HeadwayKitTests/Fixtures/rendering/golden",
                       "Tests/HeadwayCLITests/Fixtures/vault-golden", "Templates"] + (sources ? ["Sources"] : [])
        let suffixes = [".md", ".html", ".mustache"] + (sources ? [".swift"] : [])
        return try folders.flatMap { folder in
            let root = repoRoot.appendingPathComponent(folder)
            let paths = (FileManager.default.subpaths(atPath: root.path) ?? [])
                .filter { path in suffixes.contains { path.hasSuffix($0) } }.sorted()
            return try paths.map { (folder + "/" + $0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
        }
    }

    @Test func theCheckKnowsEmojiFromTheSymbolsReportsUse() {
        #expect("🎉✓✔☺\u{FE0F}".unicodeScalars.allSatisfy(Self.needsSymbolFont))
        #expect(!"→↑↓·–—±≥×’#*0".unicodeScalars.contains(where: Self.needsSymbolFont))
    }

    @Test func noOutputTemplateOrSourceHoldsAnEmoji() throws {
        let texts = try Self.texts(sources: true)
        #expect(texts.count > 100, "found \(texts.count) files")
        for (path, text) in texts {
            let found = text.unicodeScalars.filter(Self.needsSymbolFont).map { "U+" + String($0.value, radix: 16, uppercase: true) }
            #expect(found.isEmpty, "\(path): \(found)")
        }
    }

    @Test func everyFontNamedIsOneInstallDepsInstalls() throws {
        let install = try String(contentsOf: Self.repoRoot.appendingPathComponent("scripts/install-deps"), encoding: .utf8)
        #expect(install.contains("fonts-dejavu-core"))
        let generic: Set = ["sans-serif", "serif", "monospace"]
        for (path, text) in try Self.texts() {
            let declarations = text.matches(of: /font(?:-family)?(?::|=")\s*([^;}"]*)/).map { String($0.output.1) }
            for declaration in declarations {
                // The families are the comma-separated names after the size in a `font` shorthand.
                let families = declaration.split(separator: ",").map { part in
                    String(part.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
                        .drop { $0.first?.isNumber == true }.joined(separator: " "))
                        .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
                for family in families where !family.isEmpty {
                    #expect(family == "DejaVu Sans" || generic.contains(family), "\(path): \(declaration)")
                }
            }
        }
    }
}
