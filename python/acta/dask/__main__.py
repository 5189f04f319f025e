# SPDX-License-Identifier: MIT
"""__main__.py: `python3 -m acta.dask`, the command line of acta.dask: its
options, the cluster (a LocalCluster, or the scheduler --scheduler names),
a summary on stderr and exit codes as `acta code` has them.  Reads the
input files; writes DIR (see acta.dask) and stderr.
"""

import argparse
import logging
import os
import sys
import time

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_DICT, EXIT_IO = 0, 1, 2, 3, 4

DESCRIPTION = """\
Codes JSON-lines files of articles across a Dask cluster: the files are cut
into partitions of articles, each worker codes partitions with a coder of
its own (dictionaries loaded once per worker process, a coder per worker
thread), and for each input file DIR/<its name> receives the records that
`acta code FILE` writes, in input order.  Without --scheduler a local
cluster of --workers processes runs on this machine."""

EPILOG = """\
examples:
  python3 -m acta.dask --workers 2 --out out/ news/*.jsonl
  python3 -m acta.dask --scheduler tcp://10.0.0.1:8786 --out out/ corpus/
  python3 -m acta.dask --workers 4 --db postgresql://dbhost/news corpus/

On several hosts (each with acta installed, or the checkout built and
PYTHONPATH set; only this client reads the input files):
  host1$ dask-scheduler                       # listens on tcp://host1:8786
  hostN$ dask-worker tcp://host1:8786 --nworkers 2 --nthreads 1
  client$ python3 -m acta.dask --scheduler tcp://host1:8786 --out out/ news.jsonl

exit status: 0 every record coded, 1 some records were errors (error
records in the output), 2 usage error, 3 dictionaries could not be loaded
on a worker, 4 an input could not be read or the output written."""


def _size(s):
    """The CLI's sizes: "8M", "512K", "1G", "1000000"."""
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    k = mult.get(s[-1:].upper(), 1)
    digits = s[:-1] if k != 1 else s
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(f"not a size: {s!r} (e.g. 2M, 512K, 1000000)")
    return int(digits) * k


def _positive(s):
    if not s.isdigit() or int(s) < 1:
        raise argparse.ArgumentTypeError(f"not a number >= 1: {s!r}")
    return int(s)


def _date(s):
    from ..records import check_date
    try:
        return check_date(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _parser():
    p = argparse.ArgumentParser(
        prog="python3 -m acta.dask", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE|DIR",
                   help="JSON-lines files; a directory stands for the files in it")
    sink = p.add_mutually_exclusive_group(required=True)
    sink.add_argument("--out", metavar="DIR",
                      help="directory of the output files (made if missing)")
    sink.add_argument("--db", metavar="URI",
                      help="an event store instead: each worker runs `acta ingest "
                           "--db URI` on its partitions (postgresql://HOST/DB; records "
                           "need ids)")
    p.add_argument("--acta", metavar="PATH",
                   help="with --db: the acta command on the workers (default: $ACTA, "
                        "the checkout's build/acta, or acta on the PATH)")
    p.add_argument("--workers", type=_positive, metavar="N",
                   help="local cluster: N worker processes (default: the CPUs)")
    p.add_argument("--threads-per-worker", type=_positive, default=1, metavar="T",
                   help="local cluster: threads (coders) per worker (default 1)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="use the running cluster of this scheduler (tcp://host:8786)")
    p.add_argument("--data", metavar="DIR",
                   help="dictionary directory on the workers (default: each "
                        "worker's ACTA_DATA_DIR, checkout or installed data)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="date of records without one")
    for f in ("id", "text", "date"):
        p.add_argument(f"--{f}-field", metavar="F", help=f'field holding the {f} (default "{f}")')
    p.add_argument("--max-bytes", type=_size, default=2 << 20, metavar="N",
                   help="longest record (default 2M); a longer one is an error record")
    p.add_argument("--partition-records", type=_positive, default=128, metavar="N",
                   help="articles per partition (default 128)")
    p.add_argument("--quiet", action="store_true", help="no summary on stderr")
    return p


def _cluster(args):
    """The Client, and the LocalCluster it runs on (None with --scheduler)."""
    from distributed import Client, LocalCluster
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers or os.cpu_count() or 1,
                           threads_per_worker=args.threads_per_worker,
                           processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def main(argv=None):
    p = _parser()
    args = p.parse_args(argv)
    if args.scheduler and args.workers:
        p.error("--workers starts a local cluster; with --scheduler the "
                "cluster's own workers code")
    from ..errors import DictionaryError
    from ..records import RecordOptions, expand_inputs
    from .run import code_files
    from .sinks import JsonlSink

    try:
        files = expand_inputs(args.files)
    except OSError as e:
        print(f"acta.dask: {e}", file=sys.stderr)
        return EXIT_IO
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        print(f"acta.dask: cannot read {missing[0]}: not a file", file=sys.stderr)
        return EXIT_IO
    opts = RecordOptions(args.id_field, args.text_field, args.date_field,
                         args.date, args.max_bytes)
    t0 = time.monotonic()
    try:
        client, cluster = _cluster(args)
    except OSError as e:
        print(f"acta.dask: cannot reach the scheduler {args.scheduler}: {e}", file=sys.stderr)
        return EXIT_IO
    started = time.monotonic() - t0
    if args.db:
        from .ingest import ingest_files
        run = lambda: ingest_files(client, files, args.db, opts, args.data,  # noqa: E731
                                   args.partition_records, args.acta,
                                   warn=lambda m: print(m, file=sys.stderr))
    else:
        run = lambda: code_files(client, files, JsonlSink(args.out), opts,  # noqa: E731
                                 args.data, args.partition_records)
    try:
        t = run()
    except ValueError as e:
        print(f"acta.dask: {e}", file=sys.stderr)
        return EXIT_USAGE
    except DictionaryError as e:
        print(f"acta.dask: a worker {e}", file=sys.stderr)
        return EXIT_DICT
    except RuntimeError as e:  # --db: a worker's acta ingest failed
        print(f"acta.dask: a worker's {e}", file=sys.stderr)
        return EXIT_IO
    except OSError as e:
        print(f"acta.dask: {e}", file=sys.stderr)
        return EXIT_IO
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not args.quiet and args.db:
        print(f"acta.dask: {t.articles} articles ingested into {args.db}, {t.errors} "
              f"refused, {t.partitions} partitions: {t.seconds:.2f} s "
              f"({started:.2f} s starting the cluster)", file=sys.stderr)
    elif not args.quiet:
        rate = t.articles / t.seconds if t.seconds > 0 else 0.0
        print(f"acta.dask: {t.articles} articles, {t.events} events, {t.errors} "
              f"errors in {len(files)} files, {t.partitions} partitions: "
              f"{t.seconds:.2f} s coding ({rate:.0f} articles/s), "
              f"{started:.2f} s starting the cluster", file=sys.stderr)
        if t.undated:
            print(f"acta.dask: {t.undated} of {t.articles} articles had no date: "
                  "relative dates (\"on Wednesday\") give none (give each record "
                  "a date, or --date)", file=sys.stderr)
    return EXIT_RECORD_ERRORS if t.errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
