import Yams

/// Reads `headway.yml`: clinic details, custom goal areas, declared instruments and excluded paths. Any
/// problem is an error naming the file, line and key; a configuration with errors is not used at all.
public enum ConfigurationParser {
    static let keys = ["clinic", "areas", "instruments", "measure-every", "exclude", "fhir"]
    static let clinicKeys = ["name", "address"]
    static let fhirKeys = ["patient-system"]
    static let instrumentKeys = ["range", "direction", "integer", "bands", "reliable-change", "caseness", "remission"]
    static let bandKeys = ["min", "max", "label"]

    /// The configuration in `text`, read from `path` (as it should be named in messages), or the
    /// diagnostics that make it unusable.
    public static func parse(_ text: String, path: String) -> Result<Configuration, DiagnosticList> {
        var reader = FieldReader(path: path, firstLine: 1)
        var configuration = Configuration()
        let root: Node?
        if let problem = YAMLBounds.nestingProblem(in: text, document: "the configuration") {
            return .failure(DiagnosticList([.error(path, problem.line, problem.message)]))
        }
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, message) = YAMLErrorText.describe(error, in: text)
            return .failure(DiagnosticList([.error(path, line, "YAML syntax error: \(shown(message, limit: 160))")]))
        } catch {
            return .failure(DiagnosticList([.error(path, nil, "YAML syntax error: \(shown("\(error)", limit: 160))")]))
        }
        guard let root, !FieldReader.isNull(root) else { return .success(configuration) }
        if let problem = YAMLBounds.sizeProblem(in: root, document: "the configuration") {
            reader.error(problem.node, problem.message)
            return .failure(DiagnosticList(reader.diagnostics))
        }
        guard case .mapping = root else {
            return .failure(DiagnosticList([.error(path, 1, "the configuration must be a mapping with clinic, areas, instruments, measure-every, exclude and fhir")]))
        }
        var schedule: Node?  // read after the instruments, which it may name
        for (key, _, value) in strictPairs(root, known: keys, context: "the configuration", &reader) where !FieldReader.isNull(value) {
            switch key {
            case "clinic": readClinic(value, into: &configuration, &reader)
            case "areas": readAreas(value, into: &configuration, &reader)
            case "exclude": configuration.exclude = readExclude(value, &reader)
            case "measure-every": schedule = value
            case "fhir": readFHIR(value, into: &configuration, &reader)
            default: readInstruments(value, into: &configuration, &reader)
            }
        }
        if let schedule { configuration.measureEvery = MeasureScheduleDecoder.decode(schedule, configuration: configuration, reader: &reader) }
        if reader.failed { return .failure(DiagnosticList(reader.diagnostics.filter { $0.severity == .error })) }
        return .success(configuration)
    }

    /// Like `FieldReader.pairs`, but an unknown key is an error: a misspelt setting must not pass silently.
    private static func strictPairs(_ node: Node, known: [String], context: String, _ reader: inout FieldReader) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "\(context) must be a mapping, not a \(FieldReader.shape(of: node))")
            return []
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if known.contains(key) {
                result.append((key, keyNode, value))
            } else {
                reader.error(keyNode, "unknown key '\(shown(key))' in \(context)\(Suggestion.didYouMean(key, among: known))")
            }
        }
        return result
    }

    private static func readClinic(_ node: Node, into configuration: inout Configuration, _ reader: inout FieldReader) {
        for (key, _, value) in strictPairs(node, known: clinicKeys, context: "'clinic'", &reader) where !FieldReader.isNull(value) {
            if key == "name" { configuration.clinicName = reader.string(value, "clinic.name") } else {
                configuration.clinicAddress = reader.strings(value, "clinic.address") ?? []
            }
        }
    }

    /// `fhir: { patient-system: <absolute URI> }`: the system of the FHIR Patient's identifier.
    private static func readFHIR(_ node: Node, into configuration: inout Configuration, _ reader: inout FieldReader) {
        for (_, _, value) in strictPairs(node, known: fhirKeys, context: "'fhir'", &reader) where !FieldReader.isNull(value) {
            guard let system = reader.string(value, "fhir.patient-system") else { continue }
            guard isAbsoluteURI(system) else {
                reader.error(value, "fhir.patient-system must be an absolute URI such as https://clinic.example/client-id or urn:oid:1.2.3, not '\(shown(system))'")
                continue
            }
            configuration.fhirPatientSystem = system
        }
    }

    /// A scheme (a letter, then letters, digits, `+`, `-` or `.`), a colon, and at least one more
    /// character, with no white space.
    static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        return !text.contains { $0.isWhitespace }
    }

    private static func readAreas(_ node: Node, into configuration: inout Configuration, _ reader: inout FieldReader) {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "'areas' must map area tags to titles, not a \(FieldReader.shape(of: node))")
            return
        }
        var declared: [String: (written: String, line: Int)] = [:]  // match key → tag as first written
        for (tagNode, titleNode) in mapping {
            guard let written = reader.string(tagNode, "areas") else { continue }
            let tag = written.lowercased()
            guard GoalArea.isKebabCase(tag) else {
                reader.error(tagNode, "area tag '\(shown(tag))' in 'areas' must be kebab-case, like sleep-hygiene")
                continue
            }
            guard !GoalArea.isBuiltIn(tag) else {
                reader.error(tagNode, "area '\(tag)' is built in and cannot be redeclared")
                continue
            }
            let key = GoalArea.matchKey(tag)
            if let builtIn = GoalArea.builtIn.first(where: { GoalArea.matchKey($0.tag) == key }) {
                reader.error(tagNode, "area '\(shown(tag))' is the built-in area '\(builtIn.tag)' (tags match ignoring case and hyphens) and cannot be redeclared")
                continue
            }
            if let first = declared[key] {
                reader.error(tagNode, "area '\(shown(written))' is declared twice: tags match ignoring case and hyphens, and '\(shown(first.written))' on line \(first.line) is the same area")
                continue
            }
            declared[key] = (written, reader.line(tagNode) ?? 0)
            if let title = reader.string(titleNode, "areas.\(tag)"), !title.isEmpty { configuration.areas[tag] = title }
        }
    }

    private static func readInstruments(_ node: Node, into configuration: inout Configuration, _ reader: inout FieldReader) {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "'instruments' must map instrument names to their definitions, not a \(FieldReader.shape(of: node))")
            return
        }
        var declared: [String: (written: String, line: Int)] = [:]  // match key → name as first written
        for (nameNode, definition) in mapping {
            guard let name = reader.string(nameNode, "instruments"), !name.isEmpty else { continue }
            if Instrument.builtIn(named: name) != nil {
                reader.error(nameNode, "instrument '\(shown(name))' is built in and cannot be redeclared")
                continue
            }
            let key = GoalArea.matchKey(name)
            if let first = declared[key] {
                reader.error(nameNode, "instrument '\(shown(name))' is declared twice: names match ignoring case, spaces and punctuation, and '\(shown(first.written))' on line \(first.line) is the same instrument")
                continue
            }
            declared[key] = (name, reader.line(nameNode) ?? 0)
            if let instrument = readInstrument(name, definition, &reader) { configuration.instruments.append(instrument) }
        }
    }

    private static func readInstrument(_ name: String, _ node: Node, _ reader: inout FieldReader) -> Instrument? {
        let context = "instruments.\(shown(name))"
        var instrument = Instrument(name: name, minimum: 0, maximum: 0, integerScores: false, bands: [],
                                    reliableChange: nil, caseness: nil, remission: nil, lowerIsBetter: true)
        var range: ClosedRange<Double>?, rangeNode: Node?, direction: Bool?
        var given: Set<String> = []  // keys present, valid or not: a bad value is reported once
        var pending: [(key: String, value: Node)] = []
        for (key, _, value) in strictPairs(node, known: instrumentKeys, context: "'\(context)'", &reader) where !FieldReader.isNull(value) {
            given.insert(key)
            switch key {
            case "range": (range, rangeNode) = (readRange(value, "\(context).range", &reader), value)
            case "direction":
                switch reader.string(value, "\(context).direction") {
                case "lower-is-better": direction = true
                case "higher-is-better": direction = false
                default: reader.error(value, "'\(context).direction' must be lower-is-better or higher-is-better, got \(FieldReader.describe(value))")
                }
            case "integer":
                guard case .bool(let flag) = PlainScalar(value) else {
                    reader.error(value, "'\(context).integer' must be true or false, got \(FieldReader.describe(value))")
                    continue
                }
                instrument.integerScores = flag
            default: pending.append((key, value))
            }
        }
        guard let range else {
            if !given.contains("range") { reader.error(node, "'\(context)' needs 'range: [min, max]'") }
            return nil
        }
        guard let direction else {
            if !given.contains("direction") { reader.error(node, "'\(context)' needs 'direction: lower-is-better' or 'higher-is-better'") }
            return nil
        }
        if instrument.integerScores, !holdsWholeScores(range) {
            reader.error(rangeNode, "'\(context).range' must have whole-number bounds between -\(largestWholeBound) and \(largestWholeBound) when 'integer' is true, got [\(FieldReader.format(range.lowerBound)), \(FieldReader.format(range.upperBound))]")
            return nil
        }
        instrument.minimum = range.lowerBound
        instrument.maximum = range.upperBound
        instrument.lowerIsBetter = direction
        for (key, value) in pending {
            switch key {
            case "bands": instrument.bands = readBands(value, context: "\(context).bands", range: range, &reader)
            case "reliable-change":
                instrument.reliableChange = readReliableChange(value, context: context, range: range, &reader)
            case "caseness": instrument.caseness = reader.number(value, "\(context).caseness", in: range)
            default: instrument.remission = reader.number(value, "\(context).remission", in: range)
            }
        }
        return instrument
    }

    /// The largest bound (2^53) of an integer instrument's range: every whole number up to it is exact as a `Double`.
    static let largestWholeBound = 9_007_199_254_740_992

    /// Whether both bounds are whole numbers within ±2^53, so whole scores can be compared with them exactly.
    private static func holdsWholeScores(_ range: ClosedRange<Double>) -> Bool {
        let limit = Double(largestWholeBound)
        return [range.lowerBound, range.upperBound].allSatisfy { $0 == $0.rounded() && abs($0) <= limit }
    }

    /// The smallest reliable-change threshold accepted.
    static let smallestReliableChange = 0.000_001

    /// A threshold above 0 and at most the width of the range (a range narrower than the smallest
    /// threshold allows none: building `smallest...width` from it would trap).
    private static func readReliableChange(_ node: Node, context: String, range: ClosedRange<Double>, _ reader: inout FieldReader) -> Double? {
        let width = range.upperBound - range.lowerBound
        guard width >= smallestReliableChange else {
            reader.error(node, "'\(context).reliable-change' cannot apply: 'range' spans less than 0.000001, the smallest threshold")
            return nil
        }
        return reader.number(node, "\(context).reliable-change", in: smallestReliableChange...width)
    }

    /// `text` as echoed in a message: at most `limit` characters, then "…".
    static func shown(_ text: String, limit: Int = 40) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
    }

    /// The `exclude:` list: glob patterns relative to the notes folder.
    private static func readExclude(_ node: Node, _ reader: inout FieldReader) -> [GlobPattern] {
        guard case .sequence(let entries) = node else {
            reader.error(node, "'exclude' must be a list of paths or patterns, like [_templates/**, \"*.draft.md\"], not a \(FieldReader.shape(of: node))")
            return []
        }
        var patterns: [GlobPattern] = []
        for entry in entries {
            guard let text = reader.string(entry, "exclude") else {
                if FieldReader.isNull(entry) { reader.error(entry, "an entry of 'exclude' is empty: write a path such as _templates/**") }
                continue
            }
            switch GlobPattern.parse(text) {
            case .success(let pattern): patterns.append(pattern)
            case .failure(let problem): reader.error(entry, "exclude pattern '\(shown(text))' \(problem)")
            }
        }
        return patterns
    }

    private static func readRange(_ node: Node, _ key: String, _ reader: inout FieldReader) -> ClosedRange<Double>? {
        guard case .sequence(let bounds) = node, bounds.count == 2 else {
            reader.error(node, "'\(key)' must be [min, max]")
            return nil
        }
        guard let low = reader.number(bounds[0], key), let high = reader.number(bounds[1], key) else { return nil }
        guard low < high else {
            reader.error(node, "'\(key)' must have min below max")
            return nil
        }
        return low...high
    }

    private static func readBands(_ node: Node, context: String, range: ClosedRange<Double>, _ reader: inout FieldReader) -> [Instrument.Band] {
        guard case .sequence(let entries) = node else {
            reader.error(node, "'\(context)' must be a list of { min, max, label }")
            return []
        }
        var bands: [Instrument.Band] = []
        for entry in entries {
            var lower: Double?, upper: Double?, label: String?
            for (key, _, value) in strictPairs(entry, known: bandKeys, context: "a band of '\(context)'", &reader) where !FieldReader.isNull(value) {
                switch key {
                case "min": lower = reader.number(value, "\(context).min", in: range)
                case "max": upper = reader.number(value, "\(context).max", in: range)
                default: label = reader.string(value, "\(context).label")
                }
            }
            guard let lower, let upper, let label else {
                if !reader.failed { reader.error(entry, "each band of '\(context)' needs min, max and label") }
                continue
            }
            guard lower <= upper, bands.last.map({ $0.upper < lower }) ?? true else {
                reader.error(entry, "bands of '\(context)' must be in ascending order without overlap")
                continue
            }
            bands.append(Instrument.Band(lower: lower, upper: upper, label: label))
        }
        return bands
    }
}

/// Diagnostics that together make an input unusable.
public struct DiagnosticList: Error, Sendable, Equatable {
    /// The diagnostics, sorted.
    public var diagnostics: [Diagnostic]

    /// Creates a list.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
}
