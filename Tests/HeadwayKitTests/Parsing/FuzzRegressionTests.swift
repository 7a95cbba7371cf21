import Foundation
import Testing
@testable import HeadwayKit

/// Replays every input the fuzzer ever found a problem with (kept by `scripts/fuzz` in
/// Fixtures/fuzz-regressions), through the same steps as the fuzz target: none may crash or take
/// more than a second.
@Suite struct FuzzRegressionTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("fuzz-regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let caseload = Caseload.assemble([NoteParser().parse(path: name, bytes: bytes)])
            for client in caseload.clients {
                let reports = ClientReports(client: client, caseload: caseload)
                if let period = reports.allSessions { _ = reports.report(for: period).json.serialized() }
            }
        }
        #expect(elapsed < .seconds(1))
    }
}
