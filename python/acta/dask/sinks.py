# SPDX-License-Identifier: MIT
"""sinks.py: where coded records go.  A sink receives, in input order,
open_file(index, path) for each input file, write(coded) for each of its
records (an acta.coder.Coded: the JSON lines of `acta code`, the article's
id, whether it is an error record, its counts), close_file() after the
file's last record, and close(ok) at the end of the run (ok False: the run
failed).  JsonlSink writes JSON-lines files; an event store is written
by the workers themselves (ingest.py), not through a sink.
"""

import os


class Sink:
    """The interface run.code_files writes through; see the module."""

    def check(self, files):
        """Refuses a run before it starts (ValueError saying why)."""

    def open_file(self, index, path):
        pass

    def write(self, coded):
        raise NotImplementedError

    def close_file(self):
        pass

    def close(self, ok):
        pass


class JsonlSink(Sink):
    """For each input file, DIR/<its file name> with the records coded from
    it, written as DIR/.<name>.partial and renamed when whole.  Writes DIR,
    which is made if missing."""

    def __init__(self, out_dir):
        self.out_dir = os.fspath(out_dir)
        self._f = None
        self._tmp = self._final = None

    def _name(self, path):
        return "stdin.jsonl" if path == "-" else os.path.basename(path)

    def check(self, files):
        seen = {}
        for p in files:
            n = self._name(p)
            if n in seen:
                raise ValueError(f"{seen[n]} and {p} would both be written to "
                                 f"{os.path.join(self.out_dir, n)}: code them in separate runs")
            seen[n] = p
        os.makedirs(self.out_dir, exist_ok=True)

    def open_file(self, index, path):
        name = self._name(path)
        self._final = os.path.join(self.out_dir, name)
        self._tmp = os.path.join(self.out_dir, f".{name}.partial")
        self._f = open(self._tmp, "wb")

    def write(self, coded):
        self._f.write(coded.output)

    def close_file(self):
        self._f.close()
        self._f = None
        os.replace(self._tmp, self._final)

    def close(self, ok):
        if self._f is not None:  # a run that stopped inside a file
            self._f.close()
            self._f = None
            os.unlink(self._tmp)
