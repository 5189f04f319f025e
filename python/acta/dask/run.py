# SPDX-License-Identifier: MIT
"""run.py: code_files, input files coded on a Dask cluster into a sink in
input order.  Partitions are submitted as the files are read, at most
`window` of them in flight (twice the cluster's threads by default), and
their results are handed to the sink in order as they arrive, so the
client holds a bounded part of the input.  A record whose id was seen
earlier in the run is coded again on the cluster with event ids of its own
("ID~2#0"), as the CLI does.  Reads the input files; writes through the
sink and, for ids seen before, warnings.
"""

import sys
import time
from collections import deque
from dataclasses import dataclass

from ..errors import DictionaryError
from ..records import RecordOptions, RunIds
from .partitions import Partition, partitions
from .worker import code_partition, load_dictionaries

SHOWN_DUPLICATES = 10


@dataclass
class Totals:
    """What a run coded: articles (records coded), their sentences and
    events, error records, articles without a date, ids seen before,
    partitions, and the seconds from the first partition to the last
    record written (the dictionaries already loaded on the workers)."""
    articles: int = 0
    sentences: int = 0
    events: int = 0
    errors: int = 0
    undated: int = 0
    duplicates: int = 0
    partitions: int = 0
    seconds: float = 0.0


def _threads(client):
    return sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())


def code_files(client, files, sink, opts=RecordOptions(), data_dir=None,
               records_per_partition=128, window=None, warn=None):
    """Codes files (JSON-lines paths) on the cluster of client (a
    dask.distributed.Client) into sink (sinks.Sink); returns Totals.
    data_dir: the dictionaries' directory on the workers (None: each
    worker's default).  warn: called with each warning (default: stderr).
    Raises ValueError (refused by the sink), DictionaryError (a worker
    cannot load the dictionaries), OSError (an input cannot be read)."""
    warn = warn or (lambda m: print(m, file=sys.stderr))
    sink.check(files)
    for message in client.run(load_dictionaries, data_dir).values():
        if message:
            raise DictionaryError(message, data_dir)
    if window is None:
        window = max(4, 2 * _threads(client))
    t = Totals()
    ids = RunIds()
    current = -1
    pending = deque()

    def advance_to(i):
        nonlocal current
        while current < i:
            if current >= 0:
                sink.close_file()
            current += 1
            sink.open_file(current, files[current])

    def consume(part, fut):
        advance_to(part.file)
        for rec, c in zip(part.records, fut.result()):
            if not ids.first(c):
                base = ids.renumber_base(c.doc_id)
                t.duplicates += 1
                if t.duplicates <= SHOWN_DUPLICATES:
                    warn(RunIds.warning(part.path, rec[0], c.doc_id, base))
                one = Partition(part.file, part.path, part.seq, [rec])
                c = client.submit(code_partition, one, opts, data_dir, base,
                                  pure=False).result()[0]
            if c.error:
                t.errors += 1
            else:
                t.articles += 1
                t.sentences += c.sentences
                t.events += c.events
                t.undated += c.undated
            sink.write(c)

    ok = False
    t0 = time.monotonic()
    try:
        for part in partitions(files, opts, records_per_partition):
            t.partitions += 1
            pending.append((part, client.submit(code_partition, part, opts, data_dir,
                                                pure=False)))
            while len(pending) >= window:
                consume(*pending.popleft())
        while pending:
            consume(*pending.popleft())
        advance_to(len(files) - 1)  # inputs with no record get empty outputs
        if current >= 0:
            sink.close_file()
        ok = True
    finally:
        for _, fut in pending:
            fut.cancel()
        sink.close(ok)
    t.seconds = time.monotonic() - t0
    if t.duplicates > SHOWN_DUPLICATES:
        warn(f"acta: {t.duplicates} articles in all had an id seen before (the "
             f"first {SHOWN_DUPLICATES} are named above)")
    return t
