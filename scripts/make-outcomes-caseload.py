#!/usr/bin/env python3
"""Writes Tests/HeadwayKitTests/Fixtures/outcomes-caseload/: 36 fictional clients whose finished episodes
the index's outcome figures are checked against (FinishedEpisodesCaseloadTests). Deterministic (seeded);
run once and commit its output: `scripts/make-outcomes-caseload.py`.

Varied on purpose: four named clinicians (one with fewer than 5 episodes) and clients with none named,
episodes shared by two clinicians, modalities as a string, a list or absent, PHQ-9 and GAD-7 first
scores around their caseness (10 and 8) and changes around their reliable-change values (6 and 4),
GAD-7 absent in some episodes, cancelled sessions, drop-outs, a discharge after one attended session,
open episodes, second episodes after a discharge, and discharges from December 2025 to November 2026."""
import os
import random
import shutil
from datetime import date, timedelta

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "HeadwayKitTests", "Fixtures", "outcomes-caseload")
CLINICIANS = ["A. Rivera", "B. Chen", "C. Okafor"]
MODALITIES = [["CBT"], ["behavioural activation"], ["CBT", "mindfulness"], [], ["interpersonal therapy"]]


def clinician_of(number):
    if number in (5, 17, 29):
        return "D. Lund"
    if number % 11 == 10:
        return None
    return CLINICIANS[number % 3]


def scores(rng, first_choices, delta_low, delta_high, count, top):
    first = rng.choice(first_choices)
    last = max(0, min(top, first - rng.randint(delta_low, delta_high)))
    if count == 1:
        return [first]
    return [round(first + (last - first) * step / (count - 1)) for step in range(count)]


def episode(rng, number, client, start, attended, discharged, reason, second_clinician):
    files = []
    clinician = clinician_of(number)
    modality = MODALITIES[number % 5]
    phq = scores(rng, [7, 9, 10, 11, 14, 18, 22], -7, 12, attended, 27)
    with_gad = rng.random() < 0.7
    gad = scores(rng, [6, 7, 8, 9, 12, 16], -5, 9, attended, 21) if with_gad else []
    day, session, scored = start, 1, 0
    while scored < attended:
        lines = ["---", f"client: {client}", f"date: {day.isoformat()}", f"session: {session}"]
        if clinician is not None:
            lines.append(f"clinician: {second_clinician if second_clinician and session % 2 == 0 else clinician}")
        if modality:
            lines.append("modality: " + (modality[0] if len(modality) == 1 else "[" + ", ".join(modality) + "]"))
        if rng.random() < 0.15 and scored > 0:
            lines.append("attendance: cancelled")
        else:
            lines += ["attendance: attended", "measures:", f"  PHQ-9: {phq[scored]}"]
            if gad:
                lines.append(f"  GAD-7: {gad[scored]}")
            scored += 1
        lines += ["---", "## Session summary", "", f"Session {session} with {client}.", ""]
        files.append((f"{client}/{day.isoformat()}.md", "\n".join(lines)))
        day += timedelta(days=7)
        session += 1
    if discharged:
        end = day + timedelta(days=3)
        files.append((f"{client}/{end.isoformat()} discharge.md",
                      "\n".join(["---", "type: discharge", f"client: {client}", f"date: {end.isoformat()}", f"reason: {reason}", "---", ""])))
        return files, end
    return files, day


def main():
    rng = random.Random(16)
    shutil.rmtree(ROOT, ignore_errors=True)
    files = []
    for number in range(36):
        client = f"O-{number:02d}"
        start = date(2025, 10, 6) + timedelta(days=9 * number)
        attended = 1 if number in (12, 25) else rng.randint(2, 8)
        discharged = number % 9 != 8  # open: O-08, O-17, O-26, O-35
        reason = "dropped-out" if number % 8 == 6 else "completed"
        second = CLINICIANS[(number + 1) % 3] if number % 6 == 1 else None
        written, end = episode(rng, number, client, start, attended, discharged, reason, second)
        files += written
        if number % 7 == 3 and discharged:  # a second episode after the discharge
            written, _ = episode(rng, number, client, end + timedelta(days=21), rng.randint(2, 6), number % 2 == 1, "completed", None)
            files += written
    for path, text in files:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
