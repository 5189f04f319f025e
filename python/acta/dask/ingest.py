# SPDX-License-Identifier: MIT
"""ingest.py: input files coded on a Dask cluster into an event store
(`python3 -m acta.dask --db postgresql://...`).  Each partition of articles
goes to a worker, which hands it to `acta ingest --db URI -` (the acta
command on that host); PostgreSQL takes the workers' transactions in turn
(an advisory lock, docs/store.md), so partitions ingested at once leave no
duplicate article or event.  Each ingest rebuilds the incidents when it
has changed articles, from everything committed: the last one to finish
leaves them whole.  Records need ids (an id from a line number would
repeat across partitions).  Reads the input files; writes the store.
"""

import json
import os
import shutil
import subprocess
import time
from collections import deque
from dataclasses import dataclass

from .partitions import partitions


@dataclass
class IngestTotals:
    """What an ingest run did: articles handed to acta ingest, records
    refused (no id, over --max-bytes, or acta ingest's own errors),
    partitions, seconds."""
    articles: int = 0
    errors: int = 0
    partitions: int = 0
    seconds: float = 0.0


def acta_command(explicit=None):
    """The acta command the workers run: explicit, $ACTA, the checkout's
    build/acta (beside this package), or `acta` on the PATH."""
    if explicit:
        return explicit
    if os.environ.get("ACTA"):
        return os.environ["ACTA"]
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "..", "..", "build", "acta")
    if os.access(built, os.X_OK):
        return os.path.normpath(built)
    return shutil.which("acta") or "acta"


def _has_id(line, field):
    try:
        rec = json.loads(line)
    except ValueError:
        return True  # acta ingest names the bad record itself
    v = rec.get(field or "id") if isinstance(rec, dict) else None
    return v is not None and str(v) != ""


def ingest_partition(part, db, acta, opts, data_dir=None):
    """Runs `acta ingest --db db -` on the partition's records (on a
    worker); returns (articles handed over, records refused, stderr)."""
    lines, refused, notes = [], 0, []
    for rec in part.records:
        if rec[1] is None:
            refused += 1
            notes.append(f"{part.path}:{rec[0]}: longer than --max-bytes")
        elif not _has_id(rec[1], opts.id_field):
            refused += 1
            notes.append(f"{part.path}:{rec[0]}: no id (needed with --db)")
        else:
            lines.append(rec[1] if rec[1].endswith(b"\n") else rec[1] + b"\n")
    cmd = [acta, "ingest", "--db", db, "--max-bytes", str(opts.max_bytes)]
    if data_dir:
        cmd += ["--data", data_dir]
    if opts.date:
        cmd += ["--date", opts.date]
    for name in ("id", "text", "date"):
        v = getattr(opts, f"{name}_field")
        if v:
            cmd += [f"--{name}-field", v]
    cmd.append("-")
    p = subprocess.run(cmd, input=b"".join(lines), capture_output=True)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        raise RuntimeError(f"acta ingest exited {p.returncode}: {err.strip()}")
    if p.returncode == 1:
        refused += sum(1 for ln in err.splitlines() if ln.strip())
    return len(lines), refused, "\n".join(notes + ([err.strip()] if err.strip() else []))


def ingest_files(client, files, db, opts, data_dir=None, records_per_partition=128,
                 acta=None, warn=None, window=8):
    """Ingests files (JSON-lines paths) into the store db across the cluster
    of client; returns IngestTotals.  warn: called with each worker's
    messages.  Raises OSError (an input cannot be read), RuntimeError (a
    worker's acta ingest failed: the store cannot be reached, the
    dictionaries cannot be loaded ...)."""
    acta = acta_command(acta)
    t = IngestTotals()
    t0 = time.monotonic()
    pending = deque()

    def consume(fut):
        n, refused, notes = fut.result()
        t.articles += n
        t.errors += refused
        if notes and warn:
            warn(notes)

    try:
        for part in partitions(files, opts, records_per_partition):
            t.partitions += 1
            pending.append(client.submit(ingest_partition, part, db, acta, opts,
                                         data_dir, pure=False))
            while len(pending) >= window:
                consume(pending.popleft())
        while pending:
            consume(pending.popleft())
    finally:
        for fut in pending:
            fut.cancel()
    t.seconds = time.monotonic() - t0
    return t
