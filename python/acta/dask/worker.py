# SPDX-License-Identifier: MIT
"""worker.py: what runs on a Dask worker.  The dictionaries are loaded
once per worker process (a cache in this module) and shared by the Coders,
one per worker thread (threading.local), as the library requires: one
coder per thread.  Reads the dictionaries; writes nothing.
"""

import threading

from ..coder import Coder, shared_dictionaries
from ..errors import DictionaryError
from ..records import code_records

_local = threading.local()
_dicts = {}  # data_dir -> Dictionaries, for the life of the process
_lock = threading.Lock()


def _dictionaries(data_dir):
    with _lock:
        d = _dicts.get(data_dir)
        if d is None:
            d = _dicts[data_dir] = shared_dictionaries(data_dir)
        return d


def load_dictionaries(data_dir=None):
    """Loads the worker's dictionaries ahead of the first partition (run on
    every worker by Client.run); returns None, or the DictionaryError's
    message."""
    try:
        _dictionaries(data_dir)
    except DictionaryError as e:
        return str(e)
    return None


def _coder(data_dir, max_bytes):
    key = (data_dir, max_bytes)
    coders = getattr(_local, "coders", None)
    if coders is None:
        coders = _local.coders = {}
    c = coders.get(key)
    if c is None:
        c = coders[key] = Coder(dictionaries=_dictionaries(data_dir),
                                max_article_bytes=max_bytes)
    return c


def code_partition(part, opts, data_dir=None, id_base=None):
    """Codes a Partition with this thread's Coder: a list of acta.coder.Coded,
    in the partition's order.  id_base: see acta.records.code_records."""
    return code_records(_coder(data_dir, opts.max_bytes), part.path, part.records,
                        opts, id_base)
