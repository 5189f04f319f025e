# SPDX-License-Identifier: MIT
"""_library.py: finds libacta and loads it with cffi in ABI mode.

ffi.dlopen needs no compiler at import.  The library is, in this order:

1. $ACTA_LIBRARY, the path of a libacta.so (the tests name the build tree
   they test with it);
2. the checkout this package lives in, after `make`: build/libacta.so, with
   the checkout's data/ as the default dictionaries (as build/acta reads
   them);
3. the library `make install` put beside this package: _installed.py
   (written by CMake at install) gives its place and the data's, relative
   to this directory, so an installed tree may be moved.

Reads the file system and the environment only; exports `ffi`, `lib`,
`LIBRARY` (the path loaded) and `DEFAULT_DATA_DIR` (None: the library's own
default, $ACTA_DATA_DIR or the directory it was configured with).
"""

import os
from pathlib import Path

from cffi import FFI

from ._cdef import CDEF

_HERE = Path(__file__).resolve().parent


def _checkout():
    """(library, data dir) of the checkout holding this package, or None."""
    root = _HERE.parent.parent
    if not ((root / "src" / "acta.h").is_file() and (root / "CMakeLists.txt").is_file()):
        return None
    return root / "build" / "libacta.so", root / "data"


def _installed():
    """(library, data dir) of the installed tree, or None."""
    try:
        from . import _installed as inst  # written by `make install`
    except ImportError:
        return None
    return (_HERE / inst.LIBRARY).resolve(), (_HERE / inst.DATA_DIR).resolve()


def _find():
    tried = []
    env = os.environ.get("ACTA_LIBRARY")
    if env:
        return Path(env), None, tried
    for where, found in (("the checkout", _checkout()), ("the installed tree", _installed())):
        if found is None:
            continue
        library, data = found
        if library.is_file():
            return library, data, tried
        tried.append(f"{library} ({where}{': run make first' if where == 'the checkout' else ''})")
    return None, None, tried


def _load():
    library, data, tried = _find()
    if library is None:
        raise ImportError(
            "acta: cannot find libacta: looked for "
            + ("; ".join(tried) if tried else "nothing (no checkout, not installed)")
            + "; build it with `make`, install it with `make install`, or "
            "name it with ACTA_LIBRARY=/path/to/libacta.so")
    ffi = FFI()
    ffi.cdef(CDEF)
    try:
        lib = ffi.dlopen(str(library))
    except OSError as e:
        raise ImportError(f"acta: cannot load {library}: {e}") from e
    return ffi, lib, library, data


ffi, lib, LIBRARY, DEFAULT_DATA_DIR = _load()
