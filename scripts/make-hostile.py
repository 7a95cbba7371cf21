#!/usr/bin/env python3
"""Writes one hostile shape of input at a given size, for `scripts/bench --corners` (docs/speed.md, "Hostile shapes").

    scripts/make-hostile.py SHAPE OUT SIZE

SHAPE is one of
  one-client   OUT/notes: one client with SIZE weekly notes (for `batch --by-month`)
  big-notes    OUT/notes: one client with 8 notes of SIZE kilobytes each, narrative under a goal's heading
  areas        OUT/notes: one note whose front matter lists SIZE distinct custom areas, each also a hashtag
  template     OUT/templates/report.md.mustache: a template override of at most SIZE kilobytes (1,024 bytes)
  tags         OUT/notes: one note with a paragraph tagged with SIZE areas, repeated 20 times
  delimiters   OUT/notes: one note whose goal section holds SIZE thousand unclosed or nested Obsidian
               delimiters (`%%` comments, `[[` links, `==` highlights) beside Markdown emphasis
  nesting      OUT/notes: one note whose goal section nests block quotes SIZE deep and lists SIZE / 2 deep,
               and whose front matter nests flow sequences SIZE deep (refused with an error)
Every output is deterministic and beside a good note of another client (C-GOOD), except for `template`,
which writes a small caseload beside the template."""
import os
import sys
from datetime import date, timedelta

GOOD = """---
client: C-GOOD
date: 2025-06-02
session: 1
clinician: A. Rivera
goals:
  - id: walk-daily
    area: healthy-lifestyle
    statement: Walk for 20 minutes on 5 of 7 days
    progress: 4
---
## Walk daily

Walked by the river most mornings. #walk-daily
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def one_client(out, size):
    start = date(2000, 1, 3)
    for n in range(size):
        day = start + timedelta(weeks=n)
        write(os.path.join(out, "notes", "C-ONE", f"{day.isoformat()}.md"),
              f"---\nclient: C-ONE\ndate: {day.isoformat()}\nsession: {n + 1}\nclinician: A. Rivera\n"
              f"goals:\n  - id: walk-daily\n    area: healthy-lifestyle\n    statement: Walk daily\n    progress: {n % 11}\n"
              f"---\n## Walk daily\n\nWalked {n % 7} days this week. #walk-daily\n")


def big_notes(out, size):
    paragraph = ("The client described the week, the walks by the river and what made them harder. " * 6).strip()
    for n in range(8):
        day = date(2025, 6, 2) + timedelta(weeks=n)
        parts, length = [], 0
        while length < size * 1024:
            parts.append(paragraph)
            length += len(paragraph) + 2
        write(os.path.join(out, "notes", "C-BIG", f"{day.isoformat()}.md"),
              f"---\nclient: C-BIG\ndate: {day.isoformat()}\nsession: {n + 1}\nclinician: A. Rivera\n"
              f"goals:\n  - id: walk-daily\n    area: healthy-lifestyle\n    statement: Walk daily\n    progress: {n}\n"
              f"---\n## Walk daily\n\n" + "\n\n".join(parts) + "\n")


def areas(out, size):
    lines = ["---", "client: C-AREAS", "date: 2025-06-02", "session: 1", "clinician: A. Rivera", "goals:"]
    lines += [f"  - area-{n:06d}" for n in range(size)]
    lines.append("---")
    body = "\n\n".join(f"Worked on this today. #area-{n:06d}" for n in range(0, size, 10))
    write(os.path.join(out, "notes", "C-AREAS", "2025-06-02.md"), "\n".join(lines) + "\n" + body + "\n")


def template(out, size):
    row = "{{#goals}}- {{title}}: {{statement}}{{/goals}}\nSome fixed text of the clinic's own report.\n"
    text = "{{% CONTENT_TYPE: TEXT }}\n# {{client}}\n"
    while len(text) + len(row) <= size * 1024:
        text += row
    write(os.path.join(out, "templates", "report.md.mustache"), text)


def tags(out, size):
    tagline = " ".join(f"#tag-{n:04d}" for n in range(size))
    lines = ["---", "client: C-TAGS", "date: 2025-06-02", "session: 1", "clinician: A. Rivera", "goals:"]
    lines += [f"  - tag-{n:04d}" for n in range(size)]
    lines.append("---")
    paragraphs = [f"Paragraph {p}: the client described the week in some detail, " * 8 + tagline for p in range(20)]
    write(os.path.join(out, "notes", "C-TAGS", "2025-06-02.md"), "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n")


def delimiters(out, size):
    runs = size * 1000
    body = ("## Walk daily\n\n" + "a %%b%% " * runs + "\n\n" + "%%\n\nx\n\n" * (runs // 4)
            + "[[" * runs + "x]] " + "[[a]b]] ==c " * (runs // 2) + "\n\n" + "==a== *b* " * (runs // 2) + "#walk-daily\n")
    write(os.path.join(out, "notes", "C-DELIM", "2025-06-02.md"),
          "---\nclient: C-DELIM\ndate: 2025-06-02\nsession: 1\nclinician: A. Rivera\n"
          "goals:\n  - id: walk-daily\n    area: healthy-lifestyle\n    statement: Walk daily\n    progress: 4\n---\n" + body)


def nesting(out, size):
    body = "## Walk daily\n\n" + "> " * size + "deep #walk-daily\n\n" + "- " * (size // 2) + "item\n"
    write(os.path.join(out, "notes", "C-NEST", "2025-06-02.md"),
          "---\nclient: C-NEST\ndate: 2025-06-02\nsession: 1\nclinician: A. Rivera\n"
          "goals:\n  - id: walk-daily\n    area: healthy-lifestyle\n    statement: Walk daily\n    progress: 4\n---\n" + body)
    write(os.path.join(out, "notes", "C-NEST", "2025-06-09.md"),
          "---\nclient: C-NEST\ndate: 2025-06-09\nsession: 2\ngoals: " + "[" * size + "]" * size + "\n---\nBody.\n")


def main():
    shape, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    shapes = {"one-client": one_client, "big-notes": big_notes, "areas": areas, "template": template, "tags": tags,
              "delimiters": delimiters, "nesting": nesting}
    if shape not in shapes:
        sys.exit(f"unknown shape {shape!r}: one of {', '.join(shapes)}")
    shapes[shape](out, size)
    write(os.path.join(out, "notes", "C-GOOD", "2025-06-02.md"), GOOD)


if __name__ == "__main__":
    main()
