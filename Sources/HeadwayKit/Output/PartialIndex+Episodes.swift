extension PartialIndex {
    /// A `FinishedEpisode`, field for field (the discharge date as `YYYY-MM-DD`).
    public struct EpisodeRecord: Codable, Sendable, Equatable {
        var number: Int
        var discharged: String
        var clinician: String?
        var modalities: [String]
        var pairedMeasures: Int
        var caseAtStart, recovered, reliableImprovement, reliableDeterioration, reliableRecovery: Bool?
        var sessionsToReliableImprovement: Int?
    }
}

extension PartialIndex.EpisodeRecord {
    init(_ episode: FinishedEpisode) {
        number = episode.number
        discharged = episode.discharged.description
        clinician = episode.clinician
        modalities = episode.modalities
        pairedMeasures = episode.pairedMeasures
        caseAtStart = episode.caseAtStart
        recovered = episode.recovered
        reliableImprovement = episode.reliableImprovement
        reliableDeterioration = episode.reliableDeterioration
        reliableRecovery = episode.reliableRecovery
        sessionsToReliableImprovement = episode.sessionsToReliableImprovement
    }

    /// The finished episode of `client` written; throws when the date is not one.
    func episode(of client: String) throws(ReadError) -> FinishedEpisode {
        FinishedEpisode(client: client, number: number, discharged: try PartialIndex.day(discharged), clinician: clinician,
                        modalities: modalities, pairedMeasures: pairedMeasures, caseAtStart: caseAtStart, recovered: recovered,
                        reliableImprovement: reliableImprovement, reliableDeterioration: reliableDeterioration,
                        reliableRecovery: reliableRecovery, sessionsToReliableImprovement: sessionsToReliableImprovement)
    }
}
