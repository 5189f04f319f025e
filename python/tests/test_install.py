# SPDX-License-Identifier: MIT
"""test_install.py: `cmake --install` into a temporary prefix puts the
package where Debian's python3 reads it for that prefix, and the installed
package, with no environment, loads the installed library and dictionaries
(not the checkout's), even after the whole tree is moved."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, TEHRAN

PROBE = f"""
import acta, json
c = acta.Coder()
ev = [r for r in c.code({TEHRAN!r}, date="2022-10-27") if r["type"] == "event"][0]
print(json.dumps([str(acta.LIBRARY), c.dictionaries.data_dir, acta.__file__,
                  ev["source"]["code"], ev["event"]["cameo"]]))
"""


def _probe(prefix, cwd):
    pkgs = sorted(prefix.glob("lib/python3*/dist-packages/acta/__init__.py"))
    assert len(pkgs) == 1, f"no single installed package under {prefix}: {pkgs}"
    env = {k: v for k, v in os.environ.items()
           if k not in ("ACTA_LIBRARY", "ACTA_DATA_DIR", "PYTHONPATH")}
    env["PYTHONPATH"] = str(pkgs[0].parent.parent)
    p = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, env=env,
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_the_installed_package_uses_the_installed_tree(tmp_path):
    build = Path(os.environ.get("ACTA_BUILD_DIR") or ROOT / "build")
    prefix = tmp_path / "prefix"
    p = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    for where in (prefix, tmp_path / "moved"):
        if where != prefix:
            shutil.move(prefix, where)
        lib, data, init, source, cameo = _probe(where, tmp_path)
        assert Path(lib).is_relative_to(where) and Path(lib).name.startswith("libacta.so.")
        assert Path(data) == where / "share" / "acta"
        assert Path(init).is_relative_to(where)
        assert (source, cameo) == ("IRNCOP", "173")
