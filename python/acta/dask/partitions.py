# SPDX-License-Identifier: MIT
"""partitions.py: input files cut into partitions of articles for the
workers, in input order.  A partition holds the records (line number and
bytes, from acta.records.read_records) of one file, at most
`records` of them and about `max_bytes` bytes (512 KiB: a task argument
over 1 MB makes distributed warn that it burdens the scheduler), so that it
travels to a worker whole and results come back in order.  Reads the input
files.
"""

from collections import namedtuple

from ..records import read_records

# file: index of the file in the run; path: as given; seq: the partition's
# number in the run; records: [(line, bytes) or (line, None, length)].
Partition = namedtuple("Partition", "file path seq records")


def partitions(files, opts, records=128, max_bytes=512 << 10):
    """Yields the Partitions of files (paths), in input order.  Raises
    OSError for a file that cannot be read."""
    seq = 0
    for i, path in enumerate(files):
        with open(path, "rb") as f:
            batch, size = [], 0
            for rec in read_records(f, opts.max_bytes):
                batch.append(rec)
                size += len(rec[1]) if rec[1] is not None else 0
                if len(batch) >= records or size >= max_bytes:
                    yield Partition(i, path, seq, batch)
                    seq += 1
                    batch, size = [], 0
            if batch:
                yield Partition(i, path, seq, batch)
                seq += 1
