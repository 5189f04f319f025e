#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/tsv/roundtrip.sh: acta's TSV outputs (code --output tsv, claims
# --output tsv) read back exactly by SQLite's .import and Python's csv module,
# on the project's own sentences full of quotes, tabs, newlines, other
# control characters and U+2028: every row comes back, each cell equal to
# the JSON output's value (control characters as spaces).
#
#   tests/tsv/roundtrip.sh path/to/acta
set -u
ACTA=${1:?usage: roundtrip.sh path/to/acta}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v sqlite3 >/dev/null || { echo "roundtrip: sqlite3 not found (scripts/bootstrap.sh installs it)" >&2; exit 1; }

# Sentences written for this test: a leading quote (what made SQLite's
# .import join rows), inner quotes, a quote in an id, a tab, a newline, a
# vertical tab, 0x01, 0x1F, DEL and U+2028/U+2029 inside the text.
cat >"$tmp/in.jsonl" <<'JSON'
{"id":"rt\"1","date":"2023-04-02","text":"\"We will not leave,\" the students said after police arrested 12 demonstrators in Lyon.\u2028Rebels attacked a convoy near Goma\u0001 on Monday, killing 3 soldiers."}
{"id":"rt2","date":"2023-04-02","text":"Police\tarrested \"dozens\" of students in Tehran.\nThe army shelled\u000b the village of Kafr Nabl\u001f on Sunday."}
{"id":"rt3","date":"2023-04-02","text":"\"Troops fired on protesters\u007f in Mandalay,\" a rights group said.\u2029The government denied that soldiers killed \"at least 4\" people."}
{"id":"rt4","date":"2023-04-02","text":"Iran accused Israel of attacking a \"nuclear site\" near Natanz."}
JSON

"$ACTA" code -o tsv "$tmp/in.jsonl" >"$tmp/events.tsv" || { echo "not ok: acta code -o tsv failed"; exit 1; }
"$ACTA" code "$tmp/in.jsonl" >"$tmp/events.jsonl" || { echo "not ok: acta code failed"; exit 1; }
"$ACTA" claims -o tsv "$tmp/in.jsonl" >"$tmp/claims.tsv" || { echo "not ok: acta claims -o tsv failed"; exit 1; }
"$ACTA" claims "$tmp/in.jsonl" >"$tmp/claims.jsonl" || { echo "not ok: acta claims failed"; exit 1; }

# SQLite's shell: .import in tabs mode, the header row naming the columns.
for t in events claims; do
  sqlite3 "$tmp/rt.db" ".mode tabs" ".import $tmp/$t.tsv $t" 2>"$tmp/$t.err" ||
    { echo "not ok: sqlite3 .import $t.tsv"; cat "$tmp/$t.err"; exit 1; }
  if [ -s "$tmp/$t.err" ]; then echo "not ok: sqlite3 .import $t.tsv warned:"; cat "$tmp/$t.err"; exit 1; fi
done

python3 - "$tmp" <<'PY'
import csv, json, sqlite3, sys
tmp = sys.argv[1]
passed = failed = 0
def check(name, cond):
    global passed, failed
    if cond:
        passed += 1; print("ok -", name)
    else:
        failed += 1; print("not ok -", name)

def flat(s):
    """What a TSV cell holds for s: control characters and line separators as spaces."""
    if s is None: return ""
    return "".join(" " if ord(c) < 0x20 or c in "\x7f\x85\u2028\u2029" else c for c in s)

db = sqlite3.connect(f"{tmp}/rt.db")
for kind in ("events", "claims"):
    with open(f"{tmp}/{kind}.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", strict=True))
    header, body = rows[0], rows[1:]
    recs = [json.loads(l) for l in open(f"{tmp}/{kind}.jsonl", encoding="utf-8")]
    recs = [r for r in recs if r.get("type") in ("event", "claim")]
    check(f"{kind}: python csv reads one row per JSON record ({len(body)} = {len(recs)})",
          len(body) == len(recs) and len(recs) >= 6)
    check(f"{kind}: every row has the header's {len(header)} fields",
          all(len(r) == len(header) for r in body))
    col = {n: i for i, n in enumerate(header)}
    if kind == "events":
        pairs = [("doc_id", lambda r: r["doc_id"]), ("event_id", lambda r: r["id"]),
                 ("sentence_text", lambda r: r["text"]),
                 ("source_text", lambda r: r["source"]["text"] if r["source"] else None),
                 ("target_text", lambda r: r["target"]["text"] if r["target"] else None)]
    else:
        pairs = [("id", lambda r: r["id"]), ("doc_id", lambda r: r["doc_id"])]
    for name, get in pairs:
        check(f"{kind}: column {name} equals the JSON value in every row",
              all(row[col[name]] == flat(get(rec)) for row, rec in zip(body, recs)))
    sq = [list(map(lambda v: "" if v is None else str(v), r))
          for r in db.execute(f"SELECT * FROM {kind} ORDER BY rowid")]
    check(f"{kind}: sqlite3 .import loads every row ({len(sq)} = {len(body)})", len(sq) == len(body))
    check(f"{kind}: sqlite3 .import reads every cell as python csv does", sq == body)
    check(f"{kind}: the quoted cells are there (a quote in the text survives)",
          any('"' in c for r in body for c in r))
    check(f"{kind}: no cell holds a control character or line separator",
          not any(flat(c) != c for r in body for c in r))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
