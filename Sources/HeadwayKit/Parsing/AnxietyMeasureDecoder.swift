import Yams

/// Decodes a plan's `anxiety-measure:`: the name of the instrument paired with PHQ-9 in the episode's
/// outcomes (docs/report-model.md, "Episode outcomes"). It must have a caseness and a reliable-change value.
enum AnxietyMeasureDecoder {
    /// The instrument's name as declared, or nil (with an error at its line, GAD-7 being used) for a
    /// name of no instrument, PHQ-9, or an instrument without caseness or reliable-change value.
    static func decode(_ node: Node, configuration: Configuration, reader: inout FieldReader) -> String? {
        guard let written = reader.string(node, "anxiety-measure") else { return nil }
        let losing = ValueLoss.words(forKey: "anxiety-measure")
        guard let instrument = configuration.instrument(named: written) else {
            let names = configuration.allInstruments.map(\.name).joined(separator: ", ")
            reader.error(node, "'anxiety-measure' '\(written)' is not an instrument (known: \(names))", losing: losing)
            return nil
        }
        guard instrument.name != Instrument.phq9.name else {
            reader.error(node, "'anxiety-measure' cannot be PHQ-9: it is always the depression measure", losing: losing)
            return nil
        }
        guard instrument.caseness != nil, instrument.reliableChange != nil else {
            reader.error(node, "'anxiety-measure' '\(instrument.name)' has no 'caseness' or no 'reliable-change' in headway.yml: "
                         + "paired outcomes need both", losing: losing)
            return nil
        }
        return instrument.name
    }
}
