/// A clinic's settings, from `headway.yml` in the notes folder or the nearest folder above it that has
/// one (or `--config FILE`).
public struct Configuration: Sendable, Equatable {
    /// The clinic's name, for report headers.
    public var clinicName: String?
    /// The clinic's address lines, for report headers.
    public var clinicAddress: [String] = []
    /// Custom goal areas: tag → title.
    public var areas: [String: String] = [:]
    /// Instruments declared by the clinic, in the order written.
    public var instruments: [Instrument] = []
    /// How often measures are to be taken (`measure-every:`), unless a client's plan says otherwise.
    public var measureEvery: MeasureSchedule?
    /// Files and folders that are not read at all (`exclude:`), relative to the configuration's folder.
    public var exclude: [GlobPattern] = []
    /// The system of the FHIR Patient's identifier (`fhir: { patient-system: … }`); nil: Headway's own
    /// (`FHIRBundle.defaultPatientSystem`).
    public var fhirPatientSystem: String?

    /// No settings: built-in areas and instruments only.
    public init() {}

    /// Built-in instruments, then declared ones (a declared instrument may not redefine a built-in).
    public var allInstruments: [Instrument] { Instrument.builtIn + instruments }

    /// The instrument a written name refers to (case, spaces and punctuation ignored), if any.
    public func instrument(named name: String) -> Instrument? {
        let key = GoalArea.matchKey(name)
        return allInstruments.first { GoalArea.matchKey($0.name) == key }
    }
}
