import Foundation
import Testing
@testable import HeadwayKit

/// A caseload of 36 clients (`Fixtures/outcomes-caseload`, written by `scripts/make-outcomes-caseload.py`):
/// the finished-episode figures of its index (batch by month) agree with a small computation of them
/// written here from the notes' front matter, without Headway's aggregation.
@Suite("Finished episodes of a 36-client caseload")
struct FinishedEpisodesCaseloadTests {
    /// One session note or discharge note, as this test reads its front matter.
    struct Note {
        var date = ""
        var discharge = false
        var attended = true
        var clinician: String?
        var modalities: [String] = []
        var phq: Int?
        var gad: Int?

        init(_ text: String) {
            for line in text.components(separatedBy: "\n").dropFirst().prefix(while: { $0 != "---" }) {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "date": date = parts[1]
                case "type": discharge = parts[1] == "discharge"
                case "attendance": attended = parts[1] == "attended"
                case "clinician": clinician = parts[1]
                case "modality":
                    modalities = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                case "PHQ-9": phq = Int(parts[1])
                case "GAD-7": gad = Int(parts[1])
                default: break
                }
            }
        }
    }

    /// A finished episode as this test works it out.
    struct Episode {
        var month: String
        var clinician: String?
        var modalities: [String]
        var measures: Int
        var caseAtStart, recovered, improved, deteriorated, reliableRecovery: Bool?
        var sessions: Int?
    }

    /// Every finished episode: notes in date order, each discharge ending the notes since the last one.
    static func episodes(_ texts: [String: String]) -> [Episode] {
        var byClient: [String: [Note]] = [:]
        for (path, text) in texts { byClient[String(path.prefix { $0 != "/" }), default: []].append(Note(text)) }
        var episodes: [Episode] = []
        for client in byClient.keys.sorted() {
            var current: [Note] = []
            for note in byClient[client]!.sorted(by: { $0.date < $1.date }) {
                guard note.discharge else { current.append(note); continue }
                if let episode = episode(current, discharged: note.date) { episodes.append(episode) }
                current = []
            }
        }
        return episodes
    }

    static func episode(_ notes: [Note], discharged: String) -> Episode? {
        let attended = notes.filter(\.attended)
        guard attended.count >= 2 else { return nil }
        // (scores, caseness, reliable change, score of a note) of each measure scored twice or more
        let measures = [(notes.compactMap(\.phq), 10, 6, \Note.phq), (notes.compactMap(\.gad), 8, 4, \Note.gad)].filter { $0.0.count >= 2 }
        var counts: [String: (count: Int, last: Int)] = [:]
        for (index, note) in attended.enumerated() {
            if let name = note.clinician { counts[name] = ((counts[name]?.count ?? 0) + 1, index) }
        }
        let clinician = counts.max { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.value.last < $1.value.last }?.key
        var modalities: [String] = []
        for name in attended.flatMap(\.modalities) where !modalities.contains(name) { modalities.append(name) }
        var episode = Episode(month: String(discharged.prefix(7)), clinician: clinician, modalities: modalities, measures: measures.count)
        guard !measures.isEmpty else { return episode }
        func changes(_ lasts: [Int]) -> (Bool, Bool) {
            let deltas = zip(measures, lasts).map { ($0.0.0[0] - $0.1, $0.0.2) }
            return (deltas.contains { $0.0 >= $0.1 }, deltas.contains { -$0.0 >= $0.1 })
        }
        let caseAtStart = measures.contains { $0.0[0] >= $0.1 }
        let recovered = caseAtStart && measures.allSatisfy { $0.0.last! < $0.1 }
        let (improved, deteriorated) = changes(measures.map { $0.0.last! })
        episode.caseAtStart = caseAtStart
        episode.recovered = recovered
        episode.improved = improved && !deteriorated
        episode.deteriorated = deteriorated && !improved
        episode.reliableRecovery = recovered && improved && !deteriorated
        if episode.improved == true {
            var lasts = measures.map { $0.0[0] }
            var count = 0
            for note in notes {
                if note.attended { count += 1 }
                let scored = measures.map { note[keyPath: $0.3] }
                guard scored.contains(where: { $0 != nil }) else { continue }
                for (index, score) in scored.enumerated() { if let score { lasts[index] = score } }
                let (now, worse) = changes(lasts)
                if now && !worse { episode.sessions = count; break }
            }
        }
        return episode
    }

    /// A share or mean to 9 decimals (Foundation's JSON reader may be one bit off the number written).
    static func rounded(_ value: Double) -> String { String(format: "%.9f", value) }

    /// "count/of" of each figure, and the mean and median, as this test works them out.
    static func figures(_ episodes: [Episode]) -> [String] {
        func figure(_ values: [Bool?]) -> String { "\(values.filter { $0 == true }.count)/\(values.compactMap { $0 }.count)" }
        let cases = episodes.filter { $0.caseAtStart == true }
        let sessions = episodes.compactMap(\.sessions).sorted()
        let mean = sessions.isEmpty ? nil : Double(sessions.reduce(0, +)) / Double(sessions.count)
        let median = sessions.isEmpty ? nil : sessions.count % 2 == 1 ? Double(sessions[sessions.count / 2])
            : Double(sessions[sessions.count / 2 - 1] + sessions[sessions.count / 2]) / 2
        return ["episodes \(episodes.count)", "both \(figure(episodes.map { $0.measures == 2 }))", "one \(figure(episodes.map { $0.measures == 1 }))",
                "none \(figure(episodes.map { $0.measures == 0 }))", "case \(figure(episodes.map(\.caseAtStart)))",
                "recovered \(figure(cases.map(\.recovered)))", "reliable recovery \(figure(cases.map(\.reliableRecovery)))",
                "improved \(figure(episodes.map(\.improved)))", "deteriorated \(figure(episodes.map(\.deteriorated)))",
                "mean \(mean.map(rounded) ?? "null")", "median \(median.map(rounded) ?? "null")"]
    }

    /// Why each group (indices into the episodes, `count` in all) is withheld: under 5 episodes; then, as
    /// long as 1 to 4 episodes are in no group shown, the smallest group shown (the first of equals).
    static func withheld(_ groups: [[Int]], count: Int) -> [String?] {
        var reasons: [String?] = groups.map { $0.count < 5 ? "fewer-than-5" : nil }
        while true {
            let shown = groups.indices.filter { reasons[$0] == nil }
            let covered = Set(shown.flatMap { groups[$0] })
            let hidden = (0..<count).filter { !covered.contains($0) }.count
            guard hidden > 0, hidden < 5, !shown.isEmpty else { return reasons }
            var smallest = shown[0]
            for index in shown where groups[index].count < groups[smallest].count { smallest = index }
            reasons[smallest] = "protects-small-group"
        }
    }

    /// A modality or clinician as rows match it: lower case, letters and digits only.
    static func key(_ name: String) -> String { String(name.lowercased().filter { $0.isLetter || $0.isNumber }) }

    /// The rows of a breakdown: name (as first spelt), then the withheld reason or the count and shares.
    static func rows(_ episodes: [Episode], _ names: (Episode) -> [String]) -> [String] {
        var groups: [String: [Int]] = [:]
        var spelt: [String: String] = [:]
        for (index, episode) in episodes.enumerated() {
            for name in names(episode) where spelt[key(name)] == nil { spelt[key(name)] = name }
            let keys = names(episode).isEmpty ? ["\u{0}"] : Array(Set(names(episode).map(key)))
            for key in keys { groups[key, default: []].append(index) }
        }
        spelt["\u{0}"] = "not recorded"
        let order = groups.keys.filter { $0 != "\u{0}" }.map { spelt[$0]! }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(key)
            + (groups["\u{0}"] == nil ? [] : ["\u{0}"])
        let withheld = Self.withheld(order.map { groups[$0]! }, count: episodes.count)
        return order.enumerated().map { index, key in
            let group = groups[key]!.map { episodes[$0] }
            let name = spelt[key]!
            func share(_ values: [Bool?]) -> String {
                let known = values.compactMap { $0 }
                return known.isEmpty ? "null" : rounded(Double(known.filter { $0 }.count) / Double(known.count))
            }
            let cases = group.filter { $0.caseAtStart == true }
            return withheld[index].map { "\(name): \($0)" } ?? "\(name): \(group.count) " + [share(group.map(\.caseAtStart)), share(cases.map(\.recovered)),
                share(cases.map(\.reliableRecovery)), share(group.map(\.improved)), share(group.map(\.deteriorated))].joined(separator: " ")
        }
    }

    /// The same strings from `index.json`.
    static func figures(_ json: [String: Any]) -> [String] {
        func figure(_ name: String) -> String {
            let figure = json[name] as? [String: Any] ?? [:]
            return "\(figure["count"] as? Int ?? -1)/\(figure["of"] as? Int ?? -1)"
        }
        let sessions = json["sessionsToReliableImprovement"] as? [String: Any] ?? [:]
        func number(_ value: Any?) -> String { (value as? NSNumber).map { rounded($0.doubleValue) } ?? "null" }
        return ["episodes \(json["episodes"] as? Int ?? -1)", "both \(figure("bothMeasures"))", "one \(figure("oneMeasure"))",
                "none \(figure("noPairedMeasure"))", "case \(figure("caseAtStart"))", "recovered \(figure("recovered"))",
                "reliable recovery \(figure("reliableRecovery"))", "improved \(figure("reliableImprovement"))",
                "deteriorated \(figure("reliableDeterioration"))", "mean \(number(sessions["mean"]))", "median \(number(sessions["median"]))"]
    }

    static func rows(_ json: [[String: Any]]) -> [String] {
        json.map { row in
            let name = row["name"] as? String ?? "not recorded"
            if let withheld = row["withheld"] as? String { return "\(name): \(withheld)" }
            let shares = ["caseAtStart", "recovered", "reliableRecovery", "reliableImprovement", "reliableDeterioration"].map { key in
                (row[key] as? NSNumber).map { rounded($0.doubleValue) } ?? "null"
            }
            return "\(name): \(row["episodes"] as? Int ?? -1) " + shares.joined(separator: " ")
        }
    }

    @Test("the index's finished episodes (total, by month, by clinician, by modality) agree with the computation here")
    func figuresAgree() throws {
        let texts = AggregationHarness.fixtureTexts("outcomes-caseload")
        #expect(Set(texts.keys.map { $0.prefix { $0 != "/" } }).count >= 30)
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.json])
        let outcome = try PipelineTests.pipeline(InMemoryNoteSource(texts: texts)).run(request, templates: TemplateSet(), into: sink)
        #expect(outcome.summary.diagnostics.filter { $0.severity == .error }.isEmpty)
        let text = try #require(sink.text("index.json"))
        let index = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let finished = try #require((index["outcomes"] as? [String: Any])?["finishedEpisodes"] as? [String: Any])

        let episodes = Self.episodes(texts)
        #expect(episodes.count >= 30 && episodes.contains { $0.sessions != nil } && episodes.contains { $0.measures == 1 })
        #expect(Self.figures(try #require(finished["total"] as? [String: Any])) == Self.figures(episodes))
        let months = try #require(finished["months"] as? [[String: Any]])
        let keys = Set(episodes.map(\.month)).sorted()
        #expect(months.map { $0["month"] as? String } == keys)
        let monthWithheld = Self.withheld(keys.map { key in episodes.indices.filter { episodes[$0].month == key } }, count: episodes.count)
        #expect(months.map { $0["withheld"] as? String } == monthWithheld)
        for (index, (month, key)) in zip(months, keys).enumerated() where monthWithheld[index] == nil {
            #expect(Self.figures(month["figures"] as? [String: Any] ?? [:]) == Self.figures(episodes.filter { $0.month == key }), "\(key)")
        }
        #expect(monthWithheld.contains(nil), "some month shown")
        let byClinician = Self.rows(try #require(finished["byClinician"] as? [[String: Any]]))
        #expect(byClinician == Self.rows(episodes) { [$0.clinician].compactMap { $0 } })
        #expect(byClinician.contains { $0.hasSuffix("fewer-than-5") } && byClinician.contains { !$0.contains("withheld") && !$0.contains("fewer") })
        #expect(Self.rows(try #require(finished["byModality"] as? [[String: Any]])) == Self.rows(episodes, \.modalities))
    }
}
