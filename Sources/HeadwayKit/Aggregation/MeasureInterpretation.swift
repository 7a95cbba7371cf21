/// What a measure's numbers mean clinically (docs/report-model.md, "Measure"): severity band, reliable
/// change, response, remission and recovery, for lower-is-better instruments and, mirrored, for
/// higher-is-better ones.
enum MeasureInterpretation {
    /// Fills the interpretation fields of `measure` using `instrument` (nil: a plain number, no interpretation).
    static func interpret(_ measure: inout MeasureProgress, with instrument: Instrument?) {
        guard let instrument else { return }
        measure.severity = measure.end.flatMap(instrument.band(of:))?.label
        measure.reliableChange = reliableChange(instrument, baseline: measure.baseline, end: measure.end)
        measure.response = response(instrument, baseline: measure.baseline, end: measure.end)
        measure.remission = remission(instrument, end: measure.end)
        measure.recovered = recovered(instrument, baseline: measure.baseline, end: measure.end)
    }

    /// Improved or deteriorated when the change against baseline reaches the threshold.
    static func reliableChange(_ instrument: Instrument, baseline: Double?, end: Double?) -> ReliableChange? {
        guard let threshold = instrument.reliableChange, let baseline, let end else { return nil }
        let improvement = instrument.improvement(from: baseline, to: end)
        if improvement >= threshold { return .improved }
        if improvement <= -threshold { return .deteriorated }
        return ReliableChange.none
    }

    /// Lower-is-better: end ≤ half of baseline (nil when baseline is 0). Higher-is-better, mirrored:
    /// the distance to the best score at most half of what it was (nil when baseline is the best score).
    static func response(_ instrument: Instrument, baseline: Double?, end: Double?) -> Bool? {
        guard let baseline, let end else { return nil }
        if instrument.lowerIsBetter {
            guard baseline != 0 else { return nil }
            return end <= baseline / 2
        }
        let gap = instrument.maximum - baseline
        guard gap != 0 else { return nil }
        return instrument.maximum - end <= gap / 2
    }

    /// End below the remission cutoff (above it for higher-is-better); nil without a cutoff.
    static func remission(_ instrument: Instrument, end: Double?) -> Bool? {
        guard let cutoff = instrument.remission, let end else { return nil }
        return instrument.lowerIsBetter ? end < cutoff : end > cutoff
    }

    /// A case at baseline and no longer one at the end; nil when the instrument has no cutoff or the
    /// client was not a case at baseline (left out of recovery, as IAPT counts it).
    static func recovered(_ instrument: Instrument, baseline: Double?, end: Double?) -> Bool? {
        guard let baseline, let end, instrument.isCase(baseline) == true else { return nil }
        return instrument.isCase(end) == false
    }
}
