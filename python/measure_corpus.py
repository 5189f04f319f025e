#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""measure_corpus.py: a measurement, not a test: the Python package and
acta.dask against the acta command on real corpora (the shared folder's;
never copied into the project).

    PYTHONPATH=python python3 python/measure_corpus.py [--threads N]
        [--repeat K] [--acta build/acta] FILE...

For each FILE: `acta code --threads N FILE`, acta.code_file(FILE,
threads=N) in this process and `python3 -m acta.dask --workers N`, each
timed (wall and CPU seconds: this process's own for code_file, the
children's, workers included, for the others); whether code_file's records
equal the command's (as parsed JSON) and whether acta.dask's output file
equals its bytes.  --repeat K first writes FILE K times over, with ids made
unique, into a temporary file (a longer run, where start-up counts less).
Writes the report to stdout; temporary files in $TMPDIR.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import acta


def _children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _timed(fn):
    t0, c0, s0 = time.monotonic(), _children_cpu(), os.times()
    result = fn()
    s1 = os.times()
    return (result, time.monotonic() - t0,
            _children_cpu() - c0 + (s1.user - s0.user) + (s1.system - s0.system))


def _repeat(path, k, tmp):
    out = Path(tmp) / f"{Path(path).stem}-x{k}.jsonl"
    with open(path, "rb") as f, open(out, "wb") as o:
        lines = [l for l in f if l.strip()]
        for i in range(k):
            for l in lines:
                r = json.loads(l)
                r["id"] = f"{r.get('id')}~r{i}"
                o.write(json.dumps(r).encode() + b"\n")
    return out


def measure(path, threads, cli, tmp):
    size = os.path.getsize(path) / 1e6
    print(f"{path}: {size:.1f} MB, threads/workers {threads}")
    (stdout, _), wall, cpu = _timed(lambda: (subprocess.run(
        [cli, "code", "--threads", str(threads), str(path)], capture_output=True).stdout, 0))
    records = [json.loads(l) for l in stdout.splitlines()]
    events = sum(r["type"] == "event" for r in records)
    print(f"  acta code --threads {threads}: {len(records)} records, {events} events; "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU, {size / wall:.1f} MB/s")

    # timed as a program reads it, one record at a time (a list of every
    # record costs Python's cyclic GC more than the coding), then compared
    d = acta.shared_dictionaries()  # loaded once, outside the timing
    n, wall, cpu = _timed(lambda: sum(1 for _ in acta.code_file(path, threads=threads,
                                                                dictionaries=d)))
    same = list(acta.code_file(path, threads=threads, dictionaries=d)) == records
    print(f"  acta.code_file(threads={threads}): {'same records' if same else 'DIFFERENT records'}"
          f" ({n}); {wall:.2f} s wall, {cpu:.2f} s CPU, {size / wall:.1f} MB/s")

    out = Path(tmp) / f"dask-{Path(path).stem}"
    p, wall, cpu = _timed(lambda: subprocess.run(
        [sys.executable, "-m", "acta.dask", "--workers", str(threads), "--out", str(out), str(path)],
        capture_output=True, text=True))
    same = (out / Path(path).name).read_bytes() == stdout if p.returncode in (0, 1) else False
    m = re.search(r"([\d.]+) s coding .* ([\d.]+) s starting", p.stderr)
    coding = float(m.group(1)) if m else float("nan")
    print(f"  python3 -m acta.dask --workers {threads}: {'same bytes' if same else 'DIFFERENT output'}"
          f" (exit {p.returncode}); {wall:.2f} s wall ({coding:.2f} s coding, "
          f"{size / coding:.1f} MB/s), {cpu:.2f} s CPU")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--acta", default=str(Path(__file__).resolve().parents[1] / "build" / "acta"))
    a = ap.parse_args()
    print(f"acta {acta.__version__} ({acta.LIBRARY}); load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        for f in a.files:
            measure(_repeat(f, a.repeat, tmp) if a.repeat > 1 else f, a.threads, a.acta, tmp)


if __name__ == "__main__":
    main()
