# SPDX-License-Identifier: MIT
"""conftest.py: what the Python tests share: the acta command they compare
with (the oracle: the package must write what it writes), the ABI layout
program, the checkout's files, and JSON-lines fixtures the tests write.

ctest (cmake/ActaTests.cmake: python) sets ACTA_LIBRARY, ACTA_CLI and
ACTA_ABI_LAYOUT to the build tree under test; run by hand from the
checkout, the Release build in build/ is used."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _built(env, default):
    p = Path(os.environ.get(env) or ROOT / "build" / default)
    if not p.is_file():
        pytest.fail(f"{p} does not exist: run make (or set {env})")
    return p


@pytest.fixture(scope="session")
def acta_cli():
    return _built("ACTA_CLI", "acta")


@pytest.fixture(scope="session")
def abi_layout():
    return _built("ACTA_ABI_LAYOUT", "python_abi_layout")


@pytest.fixture(scope="session")
def demo():
    return ROOT / "examples" / "demo.jsonl"


@pytest.fixture
def cli(acta_cli):
    """cli(*args) -> (records as dicts, stdout bytes, exit status)."""
    def run(*args):
        p = subprocess.run([str(acta_cli), *map(str, args)], capture_output=True)
        return [json.loads(l) for l in p.stdout.splitlines()], p.stdout, p.returncode
    return run


def write_lines(path, lines):
    """Writes lines (str or bytes, each a line without its newline)."""
    with open(path, "wb") as f:
        for line in lines:
            f.write((line.encode() if isinstance(line, str) else line) + b"\n")
    return path


TEHRAN = ("Police arrested dozens of protesters in Tehran on Wednesday, "
          "state media said.")
KHARKIV = ("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. "
           "Germany promised to send more air defence systems to Ukraine.")
LISBON = "The weather in Lisbon was mild all week."


def record(id, text, date=None, **more):
    r = {"id": id, "text": text}
    if date:
        r["date"] = date
    r.update(more)
    return json.dumps(r)


@pytest.fixture
def mixed(tmp_path):
    """A file with what `acta code` must handle besides plain records: a
    byte order mark, CRLF, blank lines, a line that is not JSON, a record
    without text, a bad date, a record without id, a number id, an id seen
    before, a text that is not UTF-8, an ISO timestamp."""
    return write_lines(tmp_path / "mixed.jsonl", [
        b"\xef\xbb\xbf" + record("m1", TEHRAN, "2022-10-27").encode() + b"\r",
        "",
        "   \t",
        record("m2", KHARKIV, "2023-03-08"),
        "Police arrested dozens of protesters.",
        json.dumps({"id": "m3", "date": "2022-10-27"}),
        record("m4", TEHRAN, "2022-02-30"),
        json.dumps({"text": KHARKIV, "date": "2023-03-08"}),
        json.dumps({"id": 1234, "text": LISBON}),
        record("m1", KHARKIV, "2023-03-08"),
        b'{"id": "m5", "text": "Police arrested \xff protesters."}',
        record("m6", TEHRAN, "2022-10-27T08:15:00Z"),
    ])
