#!/usr/bin/env python3
"""Reads back the CSV tables of a batch (scores.csv, ratings.csv, goals.csv in OUT) with Python's csv
module and compares them, row for row and value for value, with the JSON reports of the same run
(OUT/<client>/<period>.json). Also checks the bytes: UTF-8 without a byte-order mark, CRLF after every
record, the header row. Prints one line per difference and exits 1 when there is any, else prints
the row counts and exits 0.

Usage: read_back.py OUT
"""
import csv
import io
import json
import os
import sys

HEADERS = {
    "scores": ["client", "episode", "date", "instrument", "score", "item9"],
    "ratings": ["client", "date", "goal", "area", "progress", "gas", "status"],
    "goals": ["client", "from", "to", "goal", "area", "statement", "baseline", "start", "end", "change", "trend", "status"],
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
STATUSES = {"active", "met", "paused", "discontinued"}
problems = []


def table(out, name):
    raw = open(os.path.join(out, name + ".csv"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}.csv starts with a byte-order mark")
    text = raw.decode("utf-8")
    if not text.endswith("\r\n"):
        problems.append(f"{name}.csv does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    # The reader also takes a record ended by LF alone: every LF not after a CR must be inside a cell.
    def lone(value):
        return value.count("\n") - value.count("\r\n")
    if lone(text) != sum(lone(cell) for row in rows for cell in row):
        problems.append(f"{name}.csv has a record ended by LF alone")
    if not rows or rows[0] != HEADERS[name]:
        problems.append(f"{name}.csv header is {rows[:1]}")
    return rows[1:]


def text(value):
    """A JSON text as its cell: empty for null, a formula start neutralised with a quote."""
    if value is None:
        return ""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def same_number(cell, value, where):
    if value is None:
        if cell != "":
            problems.append(f"{where}: '{cell}', JSON null")
        return
    try:
        number = float(cell)
    except ValueError:
        problems.append(f"{where}: '{cell}' is not a number, JSON {value}")
        return
    if number != value:
        problems.append(f"{where}: {cell}, JSON {value}")
    if cell.endswith(".0") or cell.startswith("'"):
        problems.append(f"{where}: '{cell}' is not written as the JSON writes {value}")


def by_date(items):
    return [item for _, _, item in sorted((item[0], index, item) for index, item in enumerate(items))]


def compare(name, rows, expected):
    if len(rows) != len(expected):
        problems.append(f"{name}.csv has {len(rows)} rows, the JSON {len(expected)}")
    for number, (row, (texts, numbers, check)) in enumerate(zip(rows, expected), start=2):
        where = f"{name}.csv:{number}"
        for column, value in texts.items():
            if row[HEADERS[name].index(column)] != text(value):
                problems.append(f"{where}: {column} '{row[HEADERS[name].index(column)]}', JSON '{value}'")
        for column, value in numbers.items():
            same_number(row[HEADERS[name].index(column)], value, f"{where}: {column}")
        if check:
            check(dict(zip(HEADERS[name], row)), where)


def flag_row(client, flag, check):
    """The row of a safety flag given without a score: an empty score, the flag's value as item9."""
    return (flag["date"], ({"client": client, "date": flag["date"], "instrument": flag["instrument"]},
                           {"score": None, "item9": flag["value"]}, check))


def unflagged_answers(rows):
    """The rows of an item 9 answer of 0 without a score, which the JSON has no place for (it lists only
    safety flags): set aside after checking them, so the other rows are compared with the JSON in order."""
    kept = []
    for number, row in enumerate(rows, start=2):
        if row[HEADERS["scores"].index("score")] == "" and row[HEADERS["scores"].index("item9")] == "0":
            continue
        if row[HEADERS["scores"].index("score")] == "" and row[HEADERS["scores"].index("item9")] == "":
            problems.append(f"scores.csv:{number}: neither a score nor an item 9 answer")
        kept.append(row)
    return kept


def main(out):
    reports = []
    for client in sorted(entry for entry in os.listdir(out) if os.path.isdir(os.path.join(out, entry)) and not entry.startswith(".")):
        for name in sorted(os.listdir(os.path.join(out, client))):
            if name.endswith(".json"):
                reports.append(json.load(open(os.path.join(out, client, name), encoding="utf-8")))
    reports.sort(key=lambda report: (report["client"]["id"].encode("utf-8"), report["period"]["from"]))

    scores, ratings, goals = [], [], []
    for report in reports:
        client, episode = report["client"]["id"], report["episode"]
        flags = {(flag["date"], flag["instrument"]): flag["value"] for flag in report["safetyFlags"]}

        def score_check(row, where, episode=episode, flags=flags):
            if episode and row["date"] >= episode["start"] and row["episode"] != str(episode["number"]):
                problems.append(f"{where}: episode {row['episode']}, JSON {episode['number']}")
            if episode and row["date"] < episode["start"] and not int(row["episode"]) < episode["number"]:
                problems.append(f"{where}: episode {row['episode']} before the report's episode {episode['number']}")
            flagged = flags.get((row["date"], row["instrument"]))
            if flagged is not None and row["item9"] != str(flagged):
                problems.append(f"{where}: item9 '{row['item9']}', JSON safety flag {flagged}")
            if flagged is None and row["item9"] not in ("", "0"):
                problems.append(f"{where}: item9 {row['item9']} without a JSON safety flag")

        def rating_check(row, where):
            if row["gas"] not in ("", "-2", "-1", "0", "1", "2"):
                problems.append(f"{where}: gas '{row['gas']}'")
            if row["status"] not in STATUSES:
                problems.append(f"{where}: status '{row['status']}'")

        # A safety flag on a day its instrument has no score (the total missing or rejected) is a row of its
        # own with an empty score, after that instrument's scores (then those of an instrument never scored).
        scored = {(score["date"], measure["instrument"]) for measure in report["measures"] for score in measure["scores"]}
        unscored = [flag for flag in report["safetyFlags"] if (flag["date"], flag["instrument"]) not in scored]
        instruments = [measure["instrument"] for measure in report["measures"]]
        rows = []
        for measure in report["measures"]:
            rows += [(score["date"], ({"client": client, "date": score["date"], "instrument": measure["instrument"]},
                                      {"score": score["score"]}, score_check)) for score in measure["scores"]]
            rows += [flag_row(client, flag, score_check) for flag in unscored if flag["instrument"] == measure["instrument"]]
        rows += [flag_row(client, flag, score_check) for flag in unscored if flag["instrument"] not in instruments]
        scores += by_date(rows)
        ratings += by_date([(rating["date"], ({"client": client, "date": rating["date"], "goal": goal["id"], "area": goal["area"]},
                                              {"progress": rating["progress"]}, rating_check))
                            for goal in report["goals"] for rating in goal["ratings"]])
        goals += [(None, ({"client": client, "from": report["period"]["from"], "to": report["period"]["to"], "goal": goal["id"],
                           "area": goal["area"], "statement": goal["statement"], "trend": goal["trend"], "status": goal["status"]},
                          {key: goal[key] for key in ("baseline", "start", "end", "change")}, None))
                  for goal in report["goals"]]

    counts = {}
    for name, expected in (("scores", scores), ("ratings", ratings), ("goals", goals)):
        rows = table(out, name)
        counts[name] = len(rows)
        if name == "scores":
            rows = unflagged_answers(rows)
        compare(name, rows, [item for _, item in expected])
    for problem in problems:
        print(problem)
    if not problems:
        print(" ".join(f"{name} {count}" for name, count in counts.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
