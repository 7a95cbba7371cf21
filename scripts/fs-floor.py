#!/usr/bin/env python3
"""What the file system alone costs to write reports the way Headway does (docs/speed.md, 2026-12-03).

    scripts/fs-floor.py ROOT FOLDERS

Creates ROOT and, in it, FOLDERS folders of 3 files of 100 KB each, every file written as Headway
writes a report (a new temporary file, flushed with fsync, renamed into place) and each folder flushed
once after its files; prints the wall and system seconds. Running it at two sizes (e.g. 200 and 2,000
folders, what a 10,000- and a 100,000-note batch write) shows how the file system's own cost grows
with the number of files, with no Headway code in the measurement. ROOT must not exist."""
import os
import sys
import time

root, folders = sys.argv[1], int(sys.argv[2])
data = b"x" * 100_000
start, before = time.perf_counter(), os.times()
os.makedirs(root)
for index in range(folders):
    folder = os.path.join(root, f"C-{index:05d}")
    os.mkdir(folder)
    for extension in ("md", "html", "json"):
        temporary = os.path.join(folder, f".report.{extension}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(descriptor, data)
        os.fsync(descriptor)
        os.close(descriptor)
        os.rename(temporary, os.path.join(folder, f"report.{extension}"))
    descriptor = os.open(folder, os.O_RDONLY)
    os.fsync(descriptor)
    os.close(descriptor)
after = os.times()
print(f"{folders} folders, {3 * folders} files: wall {time.perf_counter() - start:.2f} s, system {after.system - before.system:.2f} s")
