# SPDX-License-Identifier: MIT
"""records.py: JSON-lines input files read and coded as `acta code` reads
and codes them, shared by code_file (threads) and acta.dask (a cluster).

- read_records: a file's records as (line number, bytes) pairs: "\\n" ends
  a line and a "\\r" before it is dropped, a byte order mark on line 1 is
  skipped, blank lines are skipped, a line over max_bytes is never held
  whole (its bytes are None and its length is given instead);
- code_records: a list of such records coded by one Coder into Coded
  results (an over-long line becomes the CLI's error record);
- RunIds: the article ids of a run, so that an id seen before has its events
  numbered "ID~2#0" ... (renumbered() codes it again), as the CLI does;
- expand_inputs: FILE and DIR arguments, a directory standing for the files
  directly in it (sorted, hidden ones skipped).

Reads input files; writes nothing.
"""

import datetime
import os
from dataclasses import dataclass

from ._cdef import DEFAULT_MAX_ARTICLE_BYTES
from ._library import ffi


@dataclass(frozen=True)
class RecordOptions:
    """How records are read (the CLI's options of the same names):
    id_field/text_field/date_field (None: "id", "text", "date"), date (the
    date of records without one, "YYYY-MM-DD"), max_bytes (the longest
    record; 0: no limit)."""
    id_field: str = None
    text_field: str = None
    date_field: str = None
    date: str = None
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES


def check_date(date):
    """date ("YYYY-MM-DD", a real day) or None; ValueError otherwise, as the
    CLI refuses such a --date."""
    if date is None:
        return None
    try:
        if len(date) == 10 and date[4] == date[7] == "-":
            datetime.date(int(date[:4]), int(date[5:7]), int(date[8:]))
            return date
    except (TypeError, ValueError):
        pass
    raise ValueError(f"date {date!r} is not a YYYY-MM-DD date")


def shown_name(path):
    """The file's name in messages, as the CLI shows it."""
    return "<stdin>" if path == "-" else str(path)


def _blank(line):
    return not line.strip(b" \t\r\f\v")


def read_records(f, max_bytes=DEFAULT_MAX_ARTICLE_BYTES):
    """Yields (line number, bytes) for each non-blank line of the binary file
    f, and (line number, None, length) for a line over max_bytes (0: no
    limit), whose bytes are skipped, not kept."""
    lineno = 0
    limit = max_bytes + 2 if max_bytes else -1  # room for "\r\n"
    while True:
        chunk = f.readline(limit)
        if not chunk:
            return
        lineno += 1
        if max_bytes and len(chunk) == limit and not chunk.endswith(b"\n"):
            n = len(chunk)  # over the limit: count the rest, keep none
            while True:
                more = f.readline(1 << 20)
                if not more:
                    break
                if more.endswith(b"\n"):
                    n += len(more) - 1
                    break
                n += len(more)
            yield lineno, None, n
            continue
        if chunk.endswith(b"\n"):
            chunk = chunk[:-1]
        if chunk.endswith(b"\r"):
            chunk = chunk[:-1]
        if max_bytes and len(chunk) > max_bytes:
            yield lineno, None, len(chunk)
            continue
        if lineno == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        if not _blank(chunk):
            yield lineno, chunk


def _c_fields(opts):
    """An acta_jsonl_fields for opts (and the buffers it points to)."""
    f = ffi.new("acta_jsonl_fields *")
    keep = []
    for attr in ("id", "text", "date"):
        name = getattr(opts, attr + "_field")
        if name is not None:
            keep.append(ffi.new("char[]", name.encode("utf-8")))
            setattr(f, attr, keep[-1])
    return f, keep


def default_id(path, line):
    """The id of a record that has none: "FILE:LINE" ("stdin:LINE")."""
    return f"{'stdin' if path == '-' else path}:{line}"


def code_records(coder, path, records, opts, id_base=None):
    """Codes records (from read_records) of the file path with coder, as the
    CLI does; returns a list of Coded in the same order.  id_base: see
    RunIds (one record only)."""
    fields, _keep = _c_fields(opts)  # _keep: the names fields points to
    where = shown_name(path)
    out = []
    for rec in records:
        line = rec[0]
        if rec[1] is None:
            why = (f"the line is {rec[2]} bytes, over the limit of {opts.max_bytes} "
                   "bytes per record (--max-bytes)")
            out.append(coder._coded_error(None, line, f"{where}:{line}: {why}"))
            continue
        did = ffi.new("char[]", default_id(path, line).encode("utf-8", "surrogateescape"))
        fields.default_id = did
        out.append(coder._code_jsonl(rec[1], where, line, fields, opts.date, id_base))
    return out


class RunIds:
    """The article ids seen in a run, in output order.  first(coded) says
    whether a coded record may keep its event ids; else renumber_base(id)
    gives the base its events are numbered under ("ID~2", "ID~3" ...)."""

    def __init__(self):
        self._seen = set()

    def first(self, coded):
        if coded.error:
            return True
        if coded.doc_id in self._seen:
            return False
        self._seen.add(coded.doc_id)
        return True

    def renumber_base(self, doc_id):
        k = 2
        while f"{doc_id}~{k}" in self._seen:
            k += 1
        base = f"{doc_id}~{k}"
        self._seen.add(base)
        return base

    @staticmethod
    def warning(path, line, doc_id, base):
        return (f'acta: {shown_name(path)}:{line}: the id "{doc_id}" was seen before; '
                f"this article's events are numbered {base}#0, {base}#1 ...")


def expand_inputs(args):
    """FILE|DIR arguments as a list of files: a directory stands for the
    regular files directly in it, sorted by name, hidden ones skipped.
    Raises OSError for a directory that cannot be read."""
    files = []
    for a in args:
        if a != "-" and os.path.isdir(a):
            names = sorted(n for n in os.listdir(a) if not n.startswith("."))
            files += [os.path.join(a.rstrip("/") or "/", n) for n in names
                      if os.path.isfile(os.path.join(a, n))]
        else:
            files.append(a)
    return files
