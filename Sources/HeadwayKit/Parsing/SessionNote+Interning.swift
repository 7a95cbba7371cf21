extension SessionNote {
    /// Replaces the note's repeated texts (clinician, modalities, areas, goal ids, wordings and areas,
    /// instruments, milestones' goals and tags) by `pool`'s equal strings: the same values, held once
    /// for the caseload. Its path, name and narrative are its own and stay as they are.
    mutating func intern(in pool: StringPool) {
        pool.intern(&client)
        pool.intern(&clinician)
        pool.intern(&modality)
        pool.intern(&areas)
        for index in goals.indices {
            pool.intern(&goals[index].id)
            pool.intern(&goals[index].area)
            pool.intern(&goals[index].statement)
        }
        for index in measures.indices { pool.intern(&measures[index].instrument) }
        for index in milestones.indices {
            pool.intern(&milestones[index].goal)
            pool.intern(&milestones[index].tag)
        }
    }
}
