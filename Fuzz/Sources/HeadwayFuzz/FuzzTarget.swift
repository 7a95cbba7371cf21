import HeadwayKit

/// One fuzz input is one note file: read it as the pipeline does and build the client's report from
/// it, so that any crash, hang or leak in reading, parsing or aggregating shows up.
enum FuzzTarget {
    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let parsed = NoteParser().parse(path: "fuzz.md", bytes: bytes)
        let caseload = Caseload.assemble([parsed])
        for client in caseload.clients {
            let reports = ClientReports(client: client, caseload: caseload)
            if let period = reports.allSessions { _ = reports.report(for: period).json.serialized() }
        }
        return 0
    }
}
