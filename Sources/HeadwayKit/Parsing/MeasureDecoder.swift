import Yams

/// Decodes outcome-measure entries: scores in notes, baselines and targets in plans.
enum MeasureDecoder {
    /// `measures:` of a session note: `NAME: score` or `NAME: { score, item9 }`.
    static func decodeScores(_ node: Node, configuration: Configuration, reader: inout FieldReader) -> [MeasureEntry] {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "'measures' must be a mapping of instrument names to scores, not a \(FieldReader.shape(of: node))",
                         losing: "this note's scores are left out")
            return []
        }
        var entries: [MeasureEntry] = []
        var seen: [String: Int] = [:]  // instrument → line of its first entry in this note
        // By index: iterating a mapping copies all its pairs into a new array first.
        for index in mapping.startIndex..<mapping.endIndex {
            let (nameNode, value) = mapping[index]
            guard !FieldReader.isNull(value) else { continue }
            guard let written = reader.string(nameNode, "measures") else { continue }
            guard !written.isEmpty else {
                reader.error(nameNode, "a measure without an instrument name", losing: "this score is left out")
                continue
            }
            let instrument = configuration.instrument(named: written)
            let name = instrument?.name ?? written
            let line = reader.line(value) ?? reader.firstLine
            if let first = seen[name] {
                reader.error(nameNode, "measure '\(name)' appears twice in this note (first on line \(first))", losing: "this second score is left out")
                continue
            }
            seen[name] = line
            if let entry = scoreEntry(value, instrument: instrument, name: name, line: line, reader: &reader) { entries.append(entry) }
        }
        return entries
    }

    /// One instrument's entry: `score`, or `{ score, item9 }`. An item-9 answer is kept even when the score
    /// is missing or rejected, so that a safety flag is never lost with a mistyped total.
    private static func scoreEntry(_ value: Node, instrument: Instrument?, name: String, line: Int, reader: inout FieldReader) -> MeasureEntry? {
        switch value {
        case .scalar:
            return score(value, instrument: instrument, name: name, reader: &reader).map { MeasureEntry(instrument: name, score: $0, item9: nil, line: line) }
        case .mapping:
            let known = instrument == .phq9 ? ["score", "item9"] : ["score"]
            var entry = MeasureEntry(instrument: name, score: nil, item9: nil, line: line)
            let errorsBefore = reader.diagnostics.count
            for (key, field) in reader.pairs(value, known: known, context: "measure '\(name)'") where !FieldReader.isNull(field) {
                if key == "score", let score = score(field, instrument: instrument, name: name, reader: &reader) {
                    entry.score = score
                    entry.line = reader.line(field) ?? line
                } else if key == "item9" {
                    entry.item9 = reader.integer(field, "\(name) item9", in: 0...3)
                }
            }
            if entry.score == nil, !hadError(since: errorsBefore, reader) {
                reader.error(value, "measure '\(name)' has no 'score'", losing: "this score is left out")
            }
            return entry.score != nil || entry.item9 != nil ? entry : nil
        default:
            reader.error(value, "measure '\(name)' must be a score or a mapping with 'score', not a \(FieldReader.shape(of: value))",
                         losing: "this score is left out")
            return nil
        }
    }

    /// Whether an error was reported after the first `count` diagnostics.
    private static func hadError(since count: Int, _ reader: FieldReader) -> Bool {
        reader.diagnostics[count...].contains { $0.severity == .error }
    }

    /// A score: within range for a known instrument (a whole number where it asks for one), any finite number otherwise.
    static func score(_ node: Node, instrument: Instrument?, name: String, reader: inout FieldReader) -> Double? {
        guard let instrument else { return reader.number(node, name) }
        let key = "\(name) score", range = instrument.minimum...instrument.maximum
        guard instrument.integerScores else { return reader.number(node, key, in: range) }
        // Compared as Doubles: the bounds need not fit in an Int, and a whole number too large to be
        // exact as a Double lies beyond any bound an integer instrument may have (±2^53).
        guard let whole = reader.integer(node, key, in: Int.min...Int.max) else { return nil }
        let score = Double(whole)
        guard Int(exactly: score) == whole, range.contains(score) else {
            reader.error(node, "'\(key)' must be between \(FieldReader.format(range.lowerBound)) and \(FieldReader.format(range.upperBound)), got \(whole)",
                         losing: ValueLoss.words(forKey: key))
            return nil
        }
        return score
    }

    /// `measures:` of a plan: `NAME: { baseline, target }`.
    static func decodeTargets(_ node: Node, configuration: Configuration, reader: inout FieldReader) -> [PlanMeasure] {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "'measures' must be a mapping of instrument names to baselines and targets, not a \(FieldReader.shape(of: node))",
                         losing: "this plan's measure targets are left out")
            return []
        }
        var measures: [PlanMeasure] = []
        // By index: iterating a mapping copies all its pairs into a new array first.
        for index in mapping.startIndex..<mapping.endIndex {
            let (nameNode, value) = mapping[index]
            guard !FieldReader.isNull(value) else { continue }
            guard let written = reader.string(nameNode, "measures"), !written.isEmpty else { continue }
            let instrument = configuration.instrument(named: written)
            let name = instrument?.name ?? written
            guard case .mapping = value else {
                reader.error(value, "plan measure '\(name)' must be a mapping with 'baseline' and 'target', not a \(FieldReader.shape(of: value))",
                             losing: "this measure's baseline and target are left out")
                continue
            }
            var measure = PlanMeasure(instrument: name, baseline: nil, target: nil, line: reader.line(value) ?? reader.firstLine)
            for (key, field) in reader.pairs(value, known: ["baseline", "target"], context: "plan measure '\(name)'") where !FieldReader.isNull(field) {
                let number = score(field, instrument: instrument, name: "\(name) \(key)", reader: &reader)
                if key == "baseline" { measure.baseline = number } else { measure.target = number }
            }
            measures.append(measure)
        }
        return measures
    }
}
