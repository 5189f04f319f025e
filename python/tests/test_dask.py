# SPDX-License-Identifier: MIT
"""test_dask.py: `python3 -m acta.dask` on a local cluster of two workers
writes, for each input file, what `acta code` writes for it (ids seen
before numbered over the whole run, as `acta code FILE...` does), with
partitions small enough that the files are cut into many; and its exit
statuses."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import LISBON, TEHRAN, record, write_lines

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def dask_env(**more):
    env = dict(os.environ, **more)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR), env.get("PYTHONPATH")]))
    return env


def run_dask(*args, **env):
    return subprocess.run([sys.executable, "-m", "acta.dask", *map(str, args)],
                          capture_output=True, env=dask_env(**env), timeout=600)


def test_two_workers_write_what_the_cli_writes(cli, demo, mixed, tmp_path):
    empty = write_lines(tmp_path / "empty.jsonl", [])
    out = tmp_path / "out"
    p = run_dask("--workers", "2", "--partition-records", "2", "--out", out,
                 demo, mixed, empty)
    assert p.returncode == 1, p.stderr.decode()  # mixed.jsonl has error records
    assert b"in 3 files, 8 partitions" in p.stderr  # 6 + 10 records, 2 a partition
    _, want, rc = cli("code", demo, mixed, empty)
    assert rc == 1
    got = b"".join((out / n).read_bytes() for n in ("demo.jsonl", "mixed.jsonl", "empty.jsonl"))
    assert got == want
    assert (out / "demo.jsonl").read_bytes() == cli("code", demo)[1]
    assert (out / "empty.jsonl").read_bytes() == b""
    assert sorted(os.listdir(out)) == ["demo.jsonl", "empty.jsonl", "mixed.jsonl"]


def test_exit_statuses(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
    a = write_lines(tmp_path / "a" / "news.jsonl", [record("n1", TEHRAN, "2022-10-27")])
    b = write_lines(tmp_path / "b" / "news.jsonl", [record("n2", LISBON)])
    out = tmp_path / "out"
    p = run_dask("--workers", "1", "--out", out, a, b)  # one name twice
    assert p.returncode == 2 and b"separate runs" in p.stderr
    p = run_dask("--workers", "1", "--out", out, tmp_path / "missing.jsonl")
    assert p.returncode == 4 and b"missing.jsonl" in p.stderr
    p = run_dask("--workers", "1", "--data", tmp_path / "nowhere", "--out", out, a)
    assert p.returncode == 3 and b"cannot load the dictionaries" in p.stderr
    p = run_dask("--workers", "1", "--scheduler", "tcp://127.0.0.1:1", "--out", out, a)
    assert p.returncode == 2 and b"--workers" in p.stderr
    p = run_dask(a)
    assert p.returncode == 2 and b"--out" in p.stderr
    p = run_dask("--scheduler", "tcp://127.0.0.1:1", "--out", out, a,
                 DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")
    assert p.returncode == 4 and b"cannot reach the scheduler" in p.stderr
    p = run_dask("--workers", "1", "--date", "2022-02-30", "--out", out, a)
    assert p.returncode == 2 and b"not a YYYY-MM-DD date" in p.stderr
    p = run_dask("--workers", "1", "--out", out, tmp_path / "a")  # a directory
    assert p.returncode == 0 and (out / "news.jsonl").read_bytes().startswith(b'{"type":"event"')


def test_a_running_cluster_of_a_scheduler_and_workers(cli, demo, tmp_path):
    """The README's several-hosts recipe on one host: dask-scheduler, then
    dask-worker processes of two threads (two coders) each."""
    tools = [shutil.which(t) for t in ("dask-scheduler", "dask-worker")]
    assert all(tools), "python3-distributed's dask-scheduler and dask-worker are missing"
    info = tmp_path / "scheduler.json"
    procs = []
    try:
        procs.append(subprocess.Popen(
            [sys.executable, tools[0], "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(info)],
            env=dask_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for _ in range(600):
            if info.exists() and info.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        procs.append(subprocess.Popen(
            [sys.executable, tools[1], "--scheduler-file", str(info), "--nworkers", "2",
             "--nthreads", "2", "--no-dashboard"],
            env=dask_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        out = tmp_path / "out"
        p = run_dask("--scheduler", address, "--partition-records", "1", "--out", out, demo)
        assert p.returncode == 0, p.stderr.decode()
        assert (out / "demo.jsonl").read_bytes() == cli("code", demo)[1]
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=60)
