# SPDX-License-Identifier: MIT
"""acta.dask: JSON-lines files coded across a Dask cluster.

    python3 -m acta.dask [--workers N] [--scheduler ADDRESS] --out DIR FILE|DIR...

The client (this process) reads the input files and cuts them into
partitions of articles (partitions.py); each partition goes to a worker,
which codes it with the coder of its thread (worker.py: the dictionaries
are loaded once per worker process, a Coder made once per worker thread);
the client takes the results back in input order and hands them to a sink
(sinks.py), which writes them.  run.py drives this for any sink and any
dask.distributed Client; __main__.py is the command line (a LocalCluster
by default, a running cluster with --scheduler).

Output layout (JsonlSink): for each input file, DIR/<its file name>, the
JSON lines `acta code` writes for that file alone, in input order (event,
figure_summary, no_event and error records); an id seen earlier in the run
numbers its events "ID~2#0" ..., as `acta code FILE...` does over all its
files.  A file is written as DIR/.<name>.partial and renamed when whole.
Two inputs with the same file name are refused.
"""

from .run import Totals, code_files
from .sinks import JsonlSink, Sink

__all__ = ["code_files", "Totals", "Sink", "JsonlSink"]
