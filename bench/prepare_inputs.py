#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""prepare_inputs.py: the benchmark's inputs, made from a corpus of articles.

    prepare_inputs.py articles CORPUS.jsonl MB > corpus.jsonl
        CORPUS's articles, each given a date, repeated until MB megabytes
        (10^6 bytes); copy k's ids are prefixed "rk-" so records stay distinct.
    prepare_inputs.py sentences CORPUS.jsonl > sentences.jsonl
        one record per sentence of CORPUS: {"id": "DOC.N", "date": ...,
        "text": SENTENCE}, for feeding acta and TABARI the same sentences.

Reads JSON lines with "id" and "text" (other fields are kept in `articles`
mode).  Article i (0-based, in file order) gets the date 2019-01-01 + (i mod
700) days unless it has one, as /work/baseline's corpus-dated.jsonl does, so
that acta's date stage runs on every record.  Output is UTF-8 as read (no
\\u escapes), so byte counts are those of the text.

The sentence splitter follows acta's rules closely but not exactly (a stop,
'!' or '?' with closing quotes, then a capital, digit or opening quote; not
after an abbreviation such as "Gen." or "U.S."; a blank line ends a
sentence): acta may split a record again, and both coders read the same
bytes either way.
"""
import datetime
import json
import re
import sys

ABBREVS = set("""mr mrs ms dr gen col lt sgt capt gov sen rep pres st jan feb
mar apr aug sep sept oct nov dec inc corp co ltd jr sr vs etc maj adm cmdr prof
rev hon mt ft no gens reps sens brig cpl pvt supt insp messrs approx dept est
govt fig ave blvd""".split())

# A candidate end: . ! ? (closing quotes/brackets), whitespace, a start.
END = re.compile(r"""[.!?]["'\u2019\u201d)\]]*(\s+)(?=["'\u2018\u201c(]*[A-Z0-9\u00c0-\u00de])""")
PARA = re.compile(r"\n\s*\n")
WORD_BEFORE = re.compile(r"""([A-Za-z.]+)[.]["'\u2019\u201d)\]]*$""")


def date_for(i):
    return str(datetime.date(2019, 1, 1) + datetime.timedelta(days=i % 700))


def split(text):
    out = []
    for para in PARA.split(text):
        start = 0
        for m in END.finditer(para):
            head = para[start:m.start(1)]
            w = WORD_BEFORE.search(head)
            if w and head.rstrip("\"'\u2019\u201d)]").endswith("."):
                word = w.group(1)
                if word.lower() in ABBREVS or "." in word or (len(word) == 1 and word.isupper()):
                    continue
            s = " ".join(head.split())
            if s:
                out.append(s)
            start = m.end(1)
        s = " ".join(para[start:].split())
        if s:
            out.append(s)
    return out


def records(path):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if line.strip():
                yield i, json.loads(line)


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def articles(path, mb):
    want = int(float(mb) * 1e6)
    have, k = 0, 0
    recs = [(i, r) for i, r in records(path)]
    if not recs:
        sys.exit("prepare_inputs: %s has no records" % path)
    while have < want:
        k += 1
        for i, r in recs:
            r = dict(r)
            r["id"] = "r%d-%s" % (k, r.get("id", i))
            r.setdefault("date", date_for(i))
            line = dumps(r) + "\n"
            sys.stdout.write(line)
            have += len(line.encode("utf-8"))


def sentences(path):
    for i, r in records(path):
        date = r.get("date") or date_for(i)
        for n, s in enumerate(split(r.get("text") or "")):
            sys.stdout.write(dumps({"id": "%s.%d" % (r.get("id", i), n), "date": date, "text": s}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "articles":
        articles(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "sentences":
        sentences(sys.argv[2])
    else:
        sys.exit(__doc__)
