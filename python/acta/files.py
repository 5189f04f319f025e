# SPDX-License-Identifier: MIT
"""files.py: code_file, a JSON-lines file coded into records, in input
order, by one Coder per thread.

The calling thread reads the file in batches; `threads` worker threads,
each with a Coder of its own (sharing one Dictionaries), code them; the
library releases the GIL while it codes, so the threads code in parallel.
Results come back in input order; at most 2 x threads batches are in
memory.  Reads the file; writes nothing.
"""

import itertools
import json
import threading
import warnings
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from ._cdef import DEFAULT_MAX_ARTICLE_BYTES
from .coder import Coder, shared_dictionaries
from .errors import RecordError
from .records import RecordOptions, RunIds, check_date, code_records, read_records

BATCH_RECORDS = 64


def code_file(path, threads=1, *, data_dir=None, dictionaries=None, date=None,
              id_field=None, text_field=None, date_field=None,
              max_bytes=DEFAULT_MAX_ARTICLE_BYTES, errors="record"):
    """Codes a JSON-lines file as `acta code FILE` does and returns an
    iterator over its records, as dicts, in input order: each article's
    events (and figure summaries) or its no_event record, and an error
    record for a line that cannot be coded ({"type": "error", "doc_id" or
    "line", "message": "FILE:LINE: ..."}).  An id seen before in the file
    numbers its events "ID~2#0" ... (with a warning), as the CLI does.

    threads: how many threads code (each with its own Coder: one Coder
    per thread).  errors: "record" (error records are yielded) or "raise"
    (the first one raises RecordError, ending the iteration).
    data_dir/dictionaries: see Coder.  date, id_field, text_field,
    date_field, max_bytes: as the CLI's --date, --id-field, --text-field,
    --date-field, --max-bytes.

    The file is opened and the dictionaries loaded before this returns
    (OSError, DictionaryError), and a date that is not a real YYYY-MM-DD
    day is a ValueError; the coding happens as the iterator is read.
    """
    if not isinstance(threads, int) or threads < 1:
        raise ValueError("threads must be an integer >= 1")
    if errors not in ("record", "raise"):
        raise ValueError('errors must be "record" or "raise"')
    opts = RecordOptions(id_field, text_field, date_field, check_date(date), max_bytes)
    d = dictionaries if dictionaries is not None else shared_dictionaries(data_dir)
    f = open(path, "rb")
    return _records(f, str(path), threads, d, opts, errors)


def _batches(f, max_bytes):
    it = read_records(f, max_bytes)
    while True:
        batch = list(itertools.islice(it, BATCH_RECORDS))
        if not batch:
            return
        yield batch


def _coded_batches(f, path, threads, d, opts):
    """(batch, its Coded list) in input order."""
    if threads == 1:
        coder = Coder(dictionaries=d, max_article_bytes=opts.max_bytes)
        for batch in _batches(f, opts.max_bytes):
            yield batch, code_records(coder, path, batch, opts)
        return
    local = threading.local()

    def work(batch):
        coder = getattr(local, "coder", None)
        if coder is None:
            coder = local.coder = Coder(dictionaries=d, max_article_bytes=opts.max_bytes)
        return code_records(coder, path, batch, opts)

    pending = deque()
    with ThreadPoolExecutor(threads, thread_name_prefix="acta-coder") as pool:
        try:
            for batch in _batches(f, opts.max_bytes):
                pending.append((batch, pool.submit(work, batch)))
                if len(pending) >= 2 * threads:
                    batch, fut = pending.popleft()
                    yield batch, fut.result()
            while pending:
                batch, fut = pending.popleft()
                yield batch, fut.result()
        finally:
            for _, fut in pending:
                fut.cancel()


def _records(f, path, threads, d, opts, errors):
    ids = RunIds()
    own = None  # the reading thread's Coder, for ids seen before
    try:
        for batch, coded in _coded_batches(f, path, threads, d, opts):
            for rec, c in zip(batch, coded):
                if not ids.first(c):
                    base = ids.renumber_base(c.doc_id)
                    warnings.warn(RunIds.warning(path, rec[0], c.doc_id, base), stacklevel=2)
                    if own is None:
                        own = Coder(dictionaries=d, max_article_bytes=opts.max_bytes)
                    c = code_records(own, path, [rec], opts, id_base=base)[0]
                for line in c.output.splitlines():
                    r = json.loads(line)
                    if errors == "raise" and c.error:
                        raise RecordError(r["message"], doc_id=r.get("doc_id"), line=rec[0])
                    yield r
    finally:
        f.close()
