# SPDX-License-Identifier: MIT
"""coder.py: Dictionaries and Coder, the library's acta_dict and acta_coder.

A Dictionaries is loaded once and read-only: any number of Coders in any
number of threads may share it.  A Coder holds one article's working
memory and results, so it belongs to the thread that made it: one Coder per
thread, as in C.  Every call copies what it returns out of the coder's
buffers, so nothing returned refers to C memory.

Reads the dictionaries (through the library); writes nothing.
"""

import datetime
import json
import os
import threading
import weakref
from collections import namedtuple

from . import _library
from ._library import ffi, lib
from .errors import DictionaryError, RecordError, ThreadError

_ERR_LEN = 1024


def _text(b):
    """A C string (char *) as str; None for NULL."""
    return None if b == ffi.NULL else ffi.string(b).decode("utf-8", "replace")


def _utf8(value, what):
    """value (str, bytes or None) as bytes for C; RecordError if it cannot
    be UTF-8."""
    if value is None or isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise RecordError(f'"{what}" is not valid UTF-8 ({e.reason} at {e.start})') from None


class Dictionaries:
    """The dictionaries acta codes with (libacta's acta_dict), read-only once
    loaded: share one among any number of Coders in any number of threads.

    data_dir: the directory of acta's dictionaries.  None: $ACTA_DATA_DIR,
    else, run from a checkout, its data/, else the installed data.  The
    dictionary image (README: "Start-up") is used as by the acta command.
    strict: a malformed dictionary line is an error instead of a warning
    (warnings are kept in .warnings).  Raises DictionaryError.
    """

    def __init__(self, data_dir=None, *, strict=False):
        if data_dir is not None:
            data_dir = os.fspath(data_dir)
        elif not os.environ.get("ACTA_DATA_DIR") and _library.DEFAULT_DATA_DIR:
            data_dir = str(_library.DEFAULT_DATA_DIR)
        self.data_dir = data_dir
        self.warnings = []
        opt = ffi.new("acta_dict_options *")
        keep = []
        if data_dir is not None:
            keep.append(ffi.new("char[]", os.fsencode(data_dir)))
            opt.data_dir = keep[-1]
        opt.strict = 1 if strict else 0

        @ffi.callback("void(void *, const char *)")
        def warn(_ud, message):
            self.warnings.append(_text(message))

        opt.warn = warn
        err = ffi.new("char[]", _ERR_LEN)
        ptr = lib.acta_dict_load(opt, err, _ERR_LEN)
        if ptr == ffi.NULL:
            where = data_dir if data_dir is not None else (
                "$ACTA_DATA_DIR" if os.environ.get("ACTA_DATA_DIR") else "the installed data")
            raise DictionaryError(
                f"cannot load the dictionaries: {_text(err) or 'unknown error'} "
                f"(the dictionary directory was {where})", data_dir)
        self._ptr = ptr
        self._free = weakref.finalize(self, lib.acta_dict_free, ptr)

    def __reduce__(self):
        raise TypeError("acta.Dictionaries cannot be pickled: load them where "
                        "they are used (acta.dask loads them once per worker)")

    def __repr__(self):
        return f"acta.Dictionaries(data_dir={self.data_dir!r})"


_shared = weakref.WeakValueDictionary()
_shared_lock = threading.Lock()


def shared_dictionaries(data_dir=None, *, strict=False):
    """The Dictionaries of data_dir, loaded once per process and kept while
    anything uses them: what Coder(data_dir) shares with other Coders."""
    key = (None if data_dir is None else os.path.abspath(os.fspath(data_dir)),
           bool(strict), os.environ.get("ACTA_DATA_DIR"))
    with _shared_lock:
        d = _shared.get(key)
        if d is None:
            d = Dictionaries(data_dir, strict=strict)
            _shared[key] = d
        return d


# What coding one input record gave: its output as `acta code` writes it
# (JSON lines: events and figure summaries, a no_event or an error record),
# the id it was coded under (None when it could not be read), whether it
# is an error record, and its counts of events and sentences and whether it
# had no date.
Coded = namedtuple("Coded", "output doc_id error events sentences undated")


class Coder:
    """Codes articles into event records (libacta's acta_coder).

    One Coder per thread, as in C: a Coder belongs to the thread that made
    it, and a call from any other thread raises ThreadError.  Coders made
    from the same data_dir share one loaded Dictionaries (or pass one as
    `dictionaries`), so a Coder per thread costs little.

    data_dir: see Dictionaries.  max_article_bytes: the largest article
    accepted (default 2 MiB, acta_coder_set_max_article_bytes; 0: none).
    Raises DictionaryError when the dictionaries cannot be loaded.
    """

    def __init__(self, data_dir=None, *, dictionaries=None, max_article_bytes=None):
        self.dictionaries = dictionaries if dictionaries is not None else shared_dictionaries(data_dir)
        self._owner = threading.get_ident()
        c = lib.acta_coder_new(self.dictionaries._ptr)
        if c == ffi.NULL:
            raise MemoryError("acta: cannot create a coder")
        self._c = c
        self._free = weakref.finalize(self, lib.acta_coder_free, c)
        self._count = ffi.new("size_t *")
        if max_article_bytes is not None:
            lib.acta_coder_set_max_article_bytes(c, max_article_bytes)

    def _check(self):
        if not self._free.alive:
            raise ValueError("acta: this Coder is closed")
        if threading.get_ident() != self._owner:
            raise ThreadError(
                "acta: this Coder belongs to another thread; make one Coder per "
                "thread (Coders of one data_dir share their dictionaries)")

    def close(self):
        """Frees the coder's memory now (else when it is collected)."""
        self._check()
        self._free()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __reduce__(self):
        raise TypeError("acta.Coder cannot be pickled or sent to another "
                        "process: make one Coder per thread where it codes")

    def _rendered(self, p):
        return bytes(ffi.buffer(p, self._count[0]))

    def code(self, text, date=None, id=None, *, parse=None):
        """Codes one article and returns its records as `acta code` writes
        them, as dicts with the same fields: one {"type": "event", ...} per
        event, then any {"type": "figure_summary", ...}; an article without
        events gives one {"type": "no_event", "doc_id": ..., "sentences": N}.

        text: str or UTF-8 bytes.  date: "YYYY-MM-DD" or a datetime.date
        (relative dates such as "on Wednesday" need it).  id: the article's
        id (event ids are "ID#0", "ID#1" ...; default "article").  parse: an
        optional Penn Treebank parse of the text.
        Raises RecordError (no text, not valid UTF-8, a NUL, over the size
        limit, a date that is not a real day) and ThreadError.
        """
        self._check()
        if id is None:
            id = "article"
        id_b = _utf8(str(id) if isinstance(id, int) else id, "id")
        if not id_b or b"\0" in id_b:
            raise RecordError('"id" is empty' if not id_b else '"id" contains a NUL character')
        if isinstance(date, (datetime.date, datetime.datetime)):
            date = date.strftime("%Y-%m-%d")
        text_b = _utf8(text, "text")
        if text_b is None:
            raise RecordError('record has no "text"', doc_id=id_b.decode("utf-8", "replace"))
        date_b = _utf8(date, "date")
        parse_b = _utf8(parse, "parse")
        a = ffi.new("acta_article *")
        keep = [ffi.new("char[]", id_b), ffi.new("char[]", text_b)]
        a.id, a.text, a.text_len = keep[0], keep[1], len(text_b)
        if date_b is not None:
            keep.append(ffi.new("char[]", date_b))
            a.date = keep[-1]
        if parse_b is not None:
            keep.append(ffi.new("char[]", parse_b))
            a.parse, a.parse_len = keep[-1], len(parse_b)
        if lib.acta_code_article(self._c, a) != 0:
            raise RecordError(_text(lib.acta_coder_error(self._c)) or "coding failed",
                              doc_id=id_b.decode("utf-8", "replace"))
        out = self._rendered(lib.acta_render_json(self._c, a, self._count))
        return [json.loads(line) for line in out.splitlines()]

    def _error_record(self, doc_id, line, message):
        """The JSON error record `acta code` writes (doc_id None: by line)."""
        keep = [ffi.new("char[]", message.encode("utf-8", "replace"))]
        idp = ffi.NULL
        if doc_id is not None:
            keep.append(ffi.new("char[]", doc_id.encode("utf-8", "replace")))
            idp = keep[-1]
        return self._rendered(lib.acta_render_error(self._c, idp, line, keep[0], self._count))

    def _coded_error(self, doc_id, line, message):
        """A Coded error record."""
        self._check()
        return Coded(self._error_record(doc_id, line, message), None, True, 0, 0, False)

    def _code_jsonl(self, raw, where, line, fields, date=None, id_base=None):
        """Codes one JSON-lines record as `acta code` does (main.c's
        code_record): raw is the line's bytes, where the file's name in
        messages, fields an acta_jsonl_fields (its default_id set by the
        caller), date the date of records without one, id_base the base of
        event ids (None: the record's id).  Returns a Coded."""
        self._check()
        a = ffi.new("acta_article *")
        owned = ffi.new("char **")
        err = ffi.new("char[]", _ERR_LEN)
        if lib.acta_parse_jsonl_record(raw, len(raw), fields, a, owned, err, _ERR_LEN) != 0:
            doc_id = _text(a.id)
            lib.acta_record_free(owned[0])
            return self._coded_error(doc_id, line, f"{where}:{line}: {_text(err)}")
        try:
            keep = []
            if a.date == ffi.NULL and date is not None:
                keep.append(ffi.new("char[]", date.encode("utf-8")))
                a.date = keep[-1]
            doc_id = _text(a.id)
            undated = a.date == ffi.NULL or a.date[0] == b"\0"
            if id_base is not None:
                keep.append(ffi.new("char[]", id_base.encode("utf-8")))
                lib.acta_coder_set_event_id_base(self._c, keep[-1])
            try:
                if lib.acta_code_article(self._c, a) != 0:
                    message = _text(lib.acta_coder_error(self._c)) or "coding failed"
                    return self._coded_error(doc_id, line, message)
                lib.acta_events(self._c, self._count)
                events = self._count[0]
                sentences = lib.acta_sentence_count(self._c)
                out = self._rendered(lib.acta_render_json(self._c, a, self._count))
                return Coded(out, doc_id, False, events, sentences, undated)
            finally:
                lib.acta_coder_set_event_id_base(self._c, ffi.NULL)
        finally:
            lib.acta_record_free(owned[0])
