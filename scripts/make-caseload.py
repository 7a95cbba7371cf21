#!/usr/bin/env python3
"""Writes a deterministic synthetic caseload for the benchmark: CLIENTS clients x NOTES weekly notes,
each with front matter as docs/note-format.md allows and a 300-800-word body (sections, hashtags, lists)."""
import os
import random
import sys
from datetime import date, timedelta

AREAS = ["self-awareness", "coping-skills", "emotional-regulation", "negative-thoughts", "healthy-lifestyle",
         "relationships", "self-esteem", "realistic-expectations", "meaning-purpose"]
WORDS = ("client session week mood sleep anxiety practice breathing thought record activity walk friend family "
         "work stress plan goal progress noticed reported described agreed homework skill balanced evidence "
         "values energy routine morning evening support reflection feeling calmer better harder small step "
         "together review noticed pattern trigger response kinder voice rating belief situation").split()


def sentence(rng, tags):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if tags and rng.random() < 0.15:
        words.insert(rng.randint(0, len(words)), "(#" + rng.choice(tags) + ")")
    return " ".join(words).capitalize() + "."


def body(rng, goals, target_words):
    tags = [g["id"] for g in goals] + AREAS
    parts, count = [], 0
    headings = ["Session summary"] + [g["id"].replace("-", " ").capitalize() for g in goals] + ["Plan for next session"]
    for heading in headings:
        parts.append("## " + heading + "\n")
        for _ in range(rng.randint(1, 3)):
            paragraph = " ".join(sentence(rng, tags) for _ in range(rng.randint(2, 5)))
            count += len(paragraph.split())
            parts.append(paragraph + "\n")
        if count >= target_words:
            break
    while count < target_words:
        paragraph = " ".join(sentence(rng, tags) for _ in range(4))
        count += len(paragraph.split())
        parts.append(paragraph + "\n")
    if rng.random() < 0.3:
        parts.append("## Wins\n\n- " + sentence(rng, []) + " #" + goals[0]["id"] + "\n")
    return "\n".join(parts)


def note(rng, client, index, day, goals, clinician):
    attendance = "attended" if rng.random() > 0.08 else rng.choice(["cancelled", "no-show"])
    lines = ["---", f"client: {client}", f"date: {day.isoformat()}", f"session: {index + 1}",
             f"clinician: {clinician}", f"attendance: {attendance}"]
    if attendance == "attended":
        lines += ["modality: [CBT]", "goals:", f"  - {rng.choice(AREAS)}"]
        for goal in goals:
            goal["progress"] = max(0, min(10, goal["progress"] + rng.choice([-0.5, 0, 0.5, 1])))
            lines += [f"  - id: {goal['id']}", f"    area: {goal['area']}", f"    statement: {goal['statement']}",
                      f"    progress: {goal['progress']}", f"    gas: {rng.randint(-2, 2)}"]
        if index % 3 == 0:
            lines += ["measures:", f"  PHQ-9: {rng.randint(3, 24)}", f"  GAD-7: {{ score: {rng.randint(2, 19)} }}"]
        if rng.random() < 0.2:
            lines += ["milestones:", f"  - {{ text: {sentence(rng, [])}, goal: {goals[0]['id']} }}"]
    lines.append("---")
    text = "\n".join(lines) + "\n"
    if attendance == "attended":
        text += body(rng, goals, rng.randint(300, 800))
    return text


def main():
    out, clients, notes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(20261127)
    for c in range(clients):
        client = f"C-{c:05d}"
        folder = os.path.join(out, client)
        os.makedirs(folder, exist_ok=True)
        goals = [{"id": f"goal-{g}", "area": rng.choice(AREAS), "progress": rng.randint(0, 4),
                  "statement": f"Practise skill {g} on {rng.randint(3, 6)} of 7 days"} for g in range(rng.randint(2, 4))]
        clinician = rng.choice(["A. Rivera", "S. Okafor", "L. Chen"])
        start = date(2025, 1, 6) + timedelta(days=rng.randint(0, 6))
        for n in range(notes):
            day = start + timedelta(weeks=n)
            with open(os.path.join(folder, f"{day.isoformat()}.md"), "w", encoding="utf-8") as handle:
                handle.write(note(rng, client, n, day, goals, clinician))


if __name__ == "__main__":
    main()
