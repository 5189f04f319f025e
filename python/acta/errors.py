# SPDX-License-Identifier: MIT
"""errors.py: the exceptions of the acta package.

ActaError is the base of them all:

- RecordError: one article or record could not be coded (no text, text not
  valid UTF-8 or holding a NUL, over the size limit, a date that is not a
  real day, a JSON line that is not a record); its message is the one the
  `acta code` error record carries.
- DictionaryError: the dictionaries could not be loaded (a missing or
  malformed file); the message names the file and the directory.
- ThreadError: a Coder used from a thread other than the one that made it.
"""


class ActaError(Exception):
    """Base class of every error the acta package raises."""


class RecordError(ActaError, ValueError):
    """An article or input record that cannot be coded.

    Attributes: message (as in the JSON "error" record), doc_id (the
    record's id when it could be read, else None) and line (its 1-based
    line in its file, 0 when not from a file)."""

    def __init__(self, message, doc_id=None, line=0):
        super().__init__(f"{doc_id}: {message}" if doc_id else message)
        self.message = message
        self.doc_id = doc_id
        self.line = line


class DictionaryError(ActaError):
    """Dictionaries that cannot be loaded.  data_dir: the directory read
    (None: the library's default)."""

    def __init__(self, message, data_dir=None):
        super().__init__(message)
        self.data_dir = data_dir


class ThreadError(ActaError, RuntimeError):
    """A Coder used from another thread than the one that created it: make
    one Coder per thread (they can share one Dictionaries)."""
