import Yams

/// Decodes `measure-every:`: a number of sessions for every instrument (`measure-every: 4`), or a
/// mapping of instrument names to numbers of sessions (`measure-every: { PHQ-9: 1, GAD-7: 4 }`).
enum MeasureScheduleDecoder {
    /// The longest interval accepted, in sessions: a year of weekly sessions.
    static let longest = 52

    /// The schedule in `node`, or nil (with an error) when it has the wrong shape; a bad entry of a
    /// mapping is an error that drops only that entry.
    static func decode(_ node: Node, configuration: Configuration, reader: inout FieldReader) -> MeasureSchedule? {
        switch node {
        case .scalar:
            return reader.integer(node, "measure-every", in: 1...longest).map { MeasureSchedule(every: $0) }
        case .mapping(let mapping):
            var schedule = MeasureSchedule()
            for (nameNode, value) in mapping where !FieldReader.isNull(value) {
                guard let written = reader.string(nameNode, "measure-every"), !written.isEmpty else { continue }
                let name = configuration.instrument(named: written)?.name ?? written
                if schedule.intervals.contains(where: { GoalArea.matchKey($0.instrument) == GoalArea.matchKey(name) }) {
                    reader.error(nameNode, "measure '\(name)' appears twice in 'measure-every'", losing: "this second interval is left out")
                    continue
                }
                guard let sessions = reader.integer(value, "measure-every.\(name)", in: 1...longest) else { continue }
                schedule.intervals.append(MeasureSchedule.Interval(instrument: name, sessions: sessions))
            }
            return schedule
        default:
            reader.error(node, "'measure-every' must be a number of sessions or a mapping of instrument names to numbers of sessions, "
                         + "not a \(FieldReader.shape(of: node))", losing: "every measure is due at every session")
            return nil
        }
    }
}
