# SPDX-License-Identifier: MIT
"""test_abi_layout.py: the declarations of python/acta/_cdef.py against
acta.h as the C compiler reads it (abi_layout.c, built by CMake): in ABI
mode a struct declared differently from acta.h would pass garbage to the
library silently.  A failure here means: acta.h changed a struct the Python
package uses; change _cdef.py and abi_layout.c with it."""

import json
import subprocess

import acta
from acta._cdef import DEFAULT_MAX_ARTICLE_BYTES, STRUCTS
from acta._library import ffi


def _c_layout(abi_layout):
    return json.loads(subprocess.run([abi_layout], check=True, capture_output=True).stdout)


def test_structs_are_laid_out_as_in_acta_h(abi_layout):
    c = _c_layout(abi_layout)["structs"]
    assert sorted(c) == sorted(STRUCTS)
    for name in STRUCTS:
        t = ffi.typeof(name)
        py_fields = {f: info.offset for f, info in t.fields}
        assert ffi.sizeof(t) == c[name]["size"], f"sizeof({name}) differs from acta.h"
        assert py_fields == c[name]["fields"], f"the fields of {name} differ from acta.h"


def test_version_and_limit_match_the_header(abi_layout):
    c = _c_layout(abi_layout)
    assert acta.__version__ == c["version"]
    assert DEFAULT_MAX_ARTICLE_BYTES == c["default_max_article_bytes"]
