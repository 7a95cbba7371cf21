import Foundation
import Testing

@Suite("headway clients")
struct ClientsCommandTests {
    @Test("lists each client with its note and plan counts and first and last note dates")
    func text() throws {
        let result = try Headway.run(["clients", try Headway.fixture("clean").path, "--quiet"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            C-0001  3 notes  0 plans  2026-10-06 to 2026-11-03
            C-0002  1 note  1 plan  2026-10-08 to 2026-10-08

            """)
        #expect(result.stderr == "")
    }

    @Test("--json prints an array of { client, notes, plans, first, last }; diagnostics still go to standard error")
    func json() throws {
        let result = try Headway.run(["clients", try Headway.fixture("broken").path, "--json"])
        #expect(result.status == 1)
        let data = Data(result.stdout.utf8)
        let clients = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(clients.map { $0["client"] as? String } == ["C-0001", "C-0002"])
        #expect(clients.map { $0["notes"] as? Int } == [4, 1])
        #expect(clients.first?["first"] as? String == "2026-10-06")
        #expect(result.stderrLines == BrokenFixture.diagnostics + [BrokenFixture.summary(reports: 0)])
    }

    @Test("report --client in the wrong case suggests the id that exists; an id a digit away is not suggested")
    func didYouMean() throws {
        let notes = try Headway.fixture("clean").path
        let lower = try Headway.run(["report", notes, "--client", "c-0001", "-o", "out"])
        #expect(lower.status == 2)
        #expect(lower.stderrLines.last == "\(notes): error: no valid note or plan for client 'c-0001' (did you mean 'C-0001'?)")
        let other = try Headway.run(["report", notes, "--client", "C-0003", "-o", "out"])
        #expect(other.stderrLines.last == "\(notes): error: no valid note or plan for client 'C-0003'")
    }
}
