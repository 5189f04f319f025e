# SPDX-License-Identifier: MIT
"""acta: English news text coded into political event records (CAMEO
events with sourced actors), over libacta with cffi.

    import acta
    coder = acta.Coder()                  # one per thread
    for r in coder.code("Police arrested dozens of protesters in Tehran.",
                        date="2022-10-27"):
        print(r["source"]["code"], r["event"]["cameo"], r["target"]["code"])

    for r in acta.code_file("news.jsonl", threads=2):   # in input order
        ...

The records are those of `acta code` (README: "A real input and its
output"), as dicts.  One Coder per thread, as in C: a Coder used from
another thread raises ThreadError; Coders share their loaded dictionaries.
Errors: RecordError (an article that cannot be coded), DictionaryError
(dictionaries that cannot be loaded), both ActaError.
`python3 -m acta.dask` codes files across a Dask cluster.

Run from a checkout after `make` with PYTHONPATH=python (the package loads
build/libacta.so and reads data/), or installed by `make install`.
"""

from ._library import LIBRARY, ffi as _ffi, lib as _lib
from .coder import Coder, Dictionaries, shared_dictionaries
from .errors import ActaError, DictionaryError, RecordError, ThreadError
from .files import code_file

__version__ = _ffi.string(_lib.acta_version()).decode()

__all__ = ["Coder", "Dictionaries", "shared_dictionaries", "code_file",
           "ActaError", "DictionaryError", "RecordError", "ThreadError",
           "LIBRARY", "__version__"]
