import Foundation

/// A caseload of many clients written by code, for runs that must hold at scale: notes over three months
/// with goals, GAS, PHQ-9 and GAD-7 (safety flags among them), three clinicians and three modalities,
/// plans for some clients, a discharge at the end of March for every fourth client (finished episodes in
/// the index), value errors in some notes, and one client whose only file is rejected (an index entry
/// with no report).
enum GeneratedCaseload {
    static func write(into folder: URL, clients: Int) throws {
        try "clinic:\n  name: Harbour Clinic\n  address: [1 Quay Street]\n".write(to: folder.appendingPathComponent("headway.yml"), atomically: true, encoding: .utf8)
        for number in 0..<clients {
            let client = String(format: "C-%03d", number)
            let files = folder.appendingPathComponent(client, isDirectory: true)
            try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
            if number % 3 == 0 { try plan(client).write(to: files.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8) }
            if number % 4 == 0 {
                try "---\ntype: discharge\nclient: \(client)\ndate: 2026-03-30\nreason: completed\n---\n"
                    .write(to: files.appendingPathComponent("discharge.md"), atomically: true, encoding: .utf8)
            }
            for session in 1...6 {
                let date = String(format: "2026-%02d-%02d", (session + 1) / 2, session % 2 == 1 ? 3 + number % 10 : 17 + number % 10)
                try note(client, number, session, date).write(to: files.appendingPathComponent("\(date).md"), atomically: true, encoding: .utf8)
            }
        }
        try "---\nclient: Z-ONLY-ERRORS\ndate: 2026-02-30\n---\n".write(to: folder.appendingPathComponent("stray.md"), atomically: true, encoding: .utf8)
    }

    private static func plan(_ client: String) -> String {
        """
        ---
        type: plan
        client: \(client)
        start: 2026-01-01
        review-every: 30
        goals:
          - id: goal-a
            area: coping-skills
            statement: Use a coping skill on 4 of 7 days
            baseline: 1
            target: 8
        ---

        """
    }

    private static func note(_ client: String, _ number: Int, _ session: Int, _ date: String) -> String {
        let attended = (number + session) % 7 != 0
        var lines = ["---", "client: \(client)", "date: \(date)", "session: \(session)", "clinician: \(["A. Rivera", "B. Chen", "C. Okafor"][number % 3])",
                     "modality: \(["CBT", "[CBT, mindfulness]", "behavioural activation"][number % 3 == 0 ? 0 : session % 3])",
                     "client-name: Person \(number)", "attendance: \(attended ? "attended" : "cancelled")"]
        if attended {
            let progress = number % 10 == 4 && session == 3 ? 11 : (number + session) % 11
            lines += ["goals:", "  - id: goal-a", "    progress: \(progress)", "    gas: \(session % 5 - 2)"]
            let item9 = number % 9 == 0 && session == 6 ? 1 : 0
            lines += ["measures:", "  PHQ-9: { score: \(max(0, 22 - session * 3 + number % 5)), item9: \(item9) }"]
            if session % 2 == 1 { lines.append("  GAD-7: \(max(0, 18 - session * 2 - number % 4))") }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n## Session summary\n\nWorked on coping (#goal-a) with \(client).\n"
    }
}
