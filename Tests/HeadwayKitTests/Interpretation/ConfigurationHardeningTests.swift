import Testing
@testable import HeadwayKit

/// Hostile or careless configurations: each is an error with its line, never a crash or a silent choice.
@Suite struct ConfigurationHardeningTests {
    private func errors(_ text: String) -> [String] {
        guard case .failure(let list) = ConfigurationParser.parse(text, path: "headway.yml") else { return [] }
        return list.diagnostics.map(\.formatted)
    }

    @Test func aRangeNarrowerThanTheSmallestReliableChangeIsAnErrorNotATrap() {
        #expect(errors("instruments: {T: {range: [0, 0.0000001], direction: higher-is-better, reliable-change: 1}}")
            == ["headway.yml:1: error: 'instruments.T.reliable-change' cannot apply: 'range' spans less than 0.000001, the smallest threshold"])
        #expect(errors("instruments:\n  T:\n    range: [5, 5]\n    direction: higher-is-better\n")
            == ["headway.yml:3: error: 'instruments.T.range' must have min below max"])
    }

    @Test func anIntegerInstrumentNeedsWholeBoundsWithin2To53() {
        let message = "must have whole-number bounds between -9007199254740992 and 9007199254740992 when 'integer' is true"
        #expect(errors("instruments: {BIG: {range: [0, 1e20], direction: higher-is-better, integer: true}}")
            == ["headway.yml:1: error: 'instruments.BIG.range' \(message), got [0, 1e+20]"])
        #expect(errors("instruments:\n  T:\n    integer: true\n    direction: higher-is-better\n    range: [0.9, 1.1]\n")
            == ["headway.yml:5: error: 'instruments.T.range' \(message), got [0.9, 1.1]"])
        #expect(errors("instruments: {T: {range: [-9007199254740994, 0], direction: higher-is-better, integer: true}}")
            == ["headway.yml:1: error: 'instruments.T.range' \(message), got [-9.007199254740994e+15, 0]"])
    }

    @Test func wholeBoundsUpTo2To53AndNonIntegerInstrumentsAreAccepted() throws {
        let edge = try ConfigurationParser.parse("instruments: {T: {range: [-9007199254740992, 9007199254740992], direction: higher-is-better, integer: true}}", path: "c.yml").get()
        #expect(edge.instruments.first?.maximum == 9_007_199_254_740_992)
        let real = try ConfigurationParser.parse("instruments: {T: {range: [0.9, 1e20], direction: higher-is-better}}", path: "c.yml").get()
        #expect(real.instruments.first?.maximum == 1e20)
    }

    @Test func aNarrowRangeWithoutAReliableChangeIsAccepted() throws {
        let configuration = try ConfigurationParser.parse("instruments: {T: {range: [0, 0.0000001], direction: higher-is-better, caseness: 0}}", path: "c.yml").get()
        #expect(configuration.instruments.first?.maximum == 0.0000001)
    }

    @Test func areasDifferingOnlyInCaseAreAnError() {
        #expect(errors("areas:\n  sleep-hygiene: Sleep hygiene\n  Sleep-Hygiene: Sleep\n  sleephygiene: Sleep\n") == [
            "headway.yml:3: error: area 'Sleep-Hygiene' is declared twice: tags match ignoring case and hyphens, and 'sleep-hygiene' on line 2 is the same area",
            "headway.yml:4: error: area 'sleephygiene' is declared twice: tags match ignoring case and hyphens, and 'sleep-hygiene' on line 2 is the same area",
        ])
        #expect(errors("areas:\n  copingskills: Coping\n")
            == ["headway.yml:2: error: area 'copingskills' is the built-in area 'coping-skills' (tags match ignoring case and hyphens) and cannot be redeclared"])
    }

    @Test func instrumentsDifferingOnlyInCaseOrPunctuationAreAnError() {
        let text = "instruments:\n  ORS: {range: [0, 40], direction: higher-is-better}\n  o-r-s: {range: [0, 10], direction: lower-is-better}\n"
        #expect(errors(text)
            == ["headway.yml:3: error: instrument 'o-r-s' is declared twice: names match ignoring case, spaces and punctuation, and 'ORS' on line 2 is the same instrument"])
    }

    @Test func echoedKeysAndNamesAreTruncatedAndEscaped() {
        let long = String(repeating: "k", count: 500)
        #expect(errors("\(long)x: 1\n") == ["headway.yml:1: error: unknown key '\(String(repeating: "k", count: 40))…' in the configuration"])
        #expect(errors("\"a\\e[31m\": 1\n") == ["headway.yml:1: error: unknown key 'a\\u{1B}[31m' in the configuration"])
        let duplicate = errors("\(long): 1\n\(long): 2\n")
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.hasPrefix("headway.yml:2: error: YAML syntax error: duplicate key 'kkkk") == true)
        #expect(duplicate.first?.hasSuffix("k…") == true)
        #expect((duplicate.first?.count ?? 0) < 220)
        let instrument = errors("instruments:\n  \(long): {range: [0, 1], direction: up}\n")
        #expect(instrument == ["headway.yml:2: error: 'instruments.\(String(repeating: "k", count: 40))….direction' must be lower-is-better or higher-is-better, got 'up'"])
    }

    @Test func deepNestingAndAliasBombsAreRefused() {
        let deep = "clinic: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        #expect(errors(deep) == ["headway.yml:1: error: the configuration nests deeper than 64 levels"])
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 { bomb += "\(Character(UnicodeScalar(UInt8(97 + level)))): &\(Character(UnicodeScalar(UInt8(97 + level)))) [" + Array(repeating: "*\(Character(UnicodeScalar(UInt8(96 + level))))", count: 10).joined(separator: ", ") + "]\n" }
        #expect(errors(bomb) == ["headway.yml:1: error: the configuration expands past 20000 values (are aliases repeating it?)"])
    }

    @Test func excludeIsAListOfPatterns() throws {
        let configuration = try ConfigurationParser.parse("exclude: [_templates/**, \"*.draft.md\", Archive/]\n", path: "c.yml").get()
        #expect(configuration.exclude.map(\.text) == ["_templates/**", "*.draft.md", "Archive/"])
    }

    @Test func badExcludeValuesAreErrorsWithTheirLines() {
        #expect(errors("exclude: _templates\n")
            == ["headway.yml:1: error: 'exclude' must be a list of paths or patterns, like [_templates/**, \"*.draft.md\"], not a single value"])
        #expect(errors("exclude:\n  - ok/**\n  - \"\"\n  - ../outside\n  - [a]\n  -\n") == [
            "headway.yml:3: error: exclude pattern '' is empty: write a path such as _templates/** or *.draft.md",
            "headway.yml:4: error: exclude pattern '../outside' must name paths inside the notes folder, without '.' or '..' segments",
            "headway.yml:5: error: 'exclude' must be text, not a list",
            "headway.yml:6: error: an entry of 'exclude' is empty: write a path such as _templates/**",
        ])
    }
}
