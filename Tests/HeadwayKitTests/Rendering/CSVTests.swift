import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// The CSV tables (README "CSV"): RFC 4180 cells, formula neutralisation, numbers as the JSON writes
/// them, and the rows of a report in their order with the facts the JSON does not carry.
@Suite("CSV tables")
struct CSVTests {
    @Test("RFC 4180: a cell with a quote, comma, CR or LF is quoted and its quotes doubled; others are as they are, UTF-8")
    func quoting() {
        #expect(CSVCell.text("plain words").encoded == "plain words")
        #expect(CSVCell.text("Say \"no\"").encoded == "\"Say \"\"no\"\"\"")
        #expect(CSVCell.text("walk, then rest").encoded == "\"walk, then rest\"")
        #expect(CSVCell.text("two\nlines").encoded == "\"two\nlines\"")
        #expect(CSVCell.text("two\r\nlines").encoded == "\"two\r\nlines\"")
        #expect(CSVCell.text("a\rb").encoded == "\"a\rb\"")
        #expect(CSVCell.text("Café with Zoë — 3×/week").encoded == "Café with Zoë — 3×/week")
        #expect(Array(CSVCell.text("Zoë").encoded.utf8) == [0x5A, 0x6F, 0xC3, 0xAB])
        #expect(CSVCell.text(nil).encoded == "")
        #expect(CSVCell.text("").encoded == "")
    }

    @Test("a text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe")
    func neutralisation() {
        #expect(CSVCell.text("=HYPERLINK(\"http://example.com\",\"click\")").encoded == "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\"")
        #expect(CSVCell.text("@x").encoded == "'@x")
        #expect(CSVCell.text("-3 days").encoded == "'-3 days")
        #expect(CSVCell.text("+1 each month").encoded == "'+1 each month")
        #expect(CSVCell.text("\tindented").encoded == "'\tindented")
        #expect(CSVCell.text("\rback").encoded == "\"'\rback\"")
        #expect(CSVCell.text("\r\nnext").encoded == "\"'\r\nnext\"")
        #expect(CSVCell.text("-2").encoded == "'-2", "text that looks like a number is still text")
        #expect(CSVCell.text("a = b - c @ d").encoded == "a = b - c @ d", "only the first character counts")
    }

    @Test("numbers are written as the JSON writes them, a negative one not neutralised; nothing is an empty cell")
    func numbers() {
        #expect(CSVCell.number(-2).encoded == "-2")
        #expect(CSVCell.number(14).encoded == "14")
        #expect(CSVCell.number(2.5).encoded == "2.5")
        #expect(CSVCell.number(-0.5).encoded == "-0.5")
        #expect(CSVCell.number(0.1 + 0.2).encoded == JSONValue.format(0.1 + 0.2))
        #expect(CSVCell.number(nil).encoded == "")
        #expect(CSVCell.number(.nan).encoded == "")
        #expect(CSVCell.integer(-1).encoded == "-1")
        #expect(CSVCell.integer(nil).encoded == "")
    }

    @Test("a record ends with CRLF; each table has its header")
    func records() {
        #expect(CSVCell.row([.text("C-1"), .number(-2), .text(nil), .text("a,b")]) == "C-1,-2,,\"a,b\"\r\n")
        #expect(CSVTable.scores.header == "client,episode,date,instrument,score,item9\r\n")
        #expect(CSVTable.ratings.header == "client,date,goal,area,progress,gas,status\r\n")
        #expect(CSVTable.goals.header == "client,from,to,goal,area,statement,baseline,start,end,change,trend,status\r\n")
        #expect(CSVRows().file(.goals) == CSVTable.goals.header)
    }

    @Test("a report's rows: by date, then as the JSON orders measures and goals; item 9, GAS level, status as of each rating, episode")
    func reportRows() {
        let report = H.report([
            "a.md": H.note("2026-10-02", """
                goals:
                  - { id: b, area: coping-skills, statement: Breathe, progress: 3, gas: -1 }
                  - { id: a, area: relationships, statement: Call, progress: 2 }
                measures:
                  GAD-7: 12
                  PHQ-9: { score: 15, item9: 1 }

                """),
            "b.md": H.note("2026-10-09", """
                goals:
                  - { id: a, progress: 4, gas: 1, status: paused }
                  - { id: b, progress: 5 }
                measures:
                  PHQ-9: 11

                """),
            "c.md": H.note("2026-10-16", "goals:\n  - { id: a, progress: 5 }\n"),
        ], period: H.month("2026-10"))
        let rows = CSVRows(report)
        #expect(rows.scores == [
            "C-1,1,2026-10-02,GAD-7,12,\r\n", "C-1,1,2026-10-02,PHQ-9,15,1\r\n", "C-1,1,2026-10-09,PHQ-9,11,\r\n",
        ])
        #expect(rows.ratings == [
            "C-1,2026-10-02,b,coping-skills,3,-1,active\r\n", "C-1,2026-10-02,a,relationships,2,,active\r\n",
            "C-1,2026-10-09,b,coping-skills,5,,active\r\n", "C-1,2026-10-09,a,relationships,4,1,paused\r\n",
            "C-1,2026-10-16,a,relationships,5,,paused\r\n",
        ])
        #expect(rows.goals == [
            "C-1,2026-10-01,2026-10-31,b,coping-skills,Breathe,3,3,5,2,improving,active\r\n",
            "C-1,2026-10-01,2026-10-31,a,relationships,Call,2,2,5,3,improving,paused\r\n",
        ])
    }

    @Test("a score's episode is the one its date falls in, also before the report's episode began")
    func episodes() {
        let report = H.report([
            "a.md": H.note("2026-10-02", "measures:\n  PHQ-9: 15\n"),
            "d.md": "---\ntype: discharge\nclient: C-1\ndate: 2026-10-05\nreason: completed\n---\n",
            "b.md": H.note("2026-10-20", "measures:\n  PHQ-9: 9\n"),
        ], period: H.month("2026-10"))
        #expect(report.episode?.number == 2)
        #expect(CSVRows(report).scores == ["C-1,1,2026-10-02,PHQ-9,15,\r\n", "C-1,2,2026-10-20,PHQ-9,9,\r\n"])
    }
}
