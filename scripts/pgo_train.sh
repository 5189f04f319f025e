#!/bin/bash
# SPDX-License-Identifier: MIT
# pgo_train.sh ACTA SOURCE_DIR WORK_DIR: the training run of the
# profile-guided build (cmake/ActaPgo.cmake).  ACTA is the instrumented
# binary; it codes the project's own text only, so that a fresh clone
# trains the same way: every example of tests/spec/*.txt as a one-sentence
# record (undated, and dated as its spec file dates it), the same examples
# taken eight at a time, in file order, into articles, and the articles of
# examples/demo.jsonl undated and dated.  Exits non-zero when acta fails.
set -eu -o pipefail
acta=$1; src=$2; work=$3
mkdir -p "$work"

# One line per spec example: date TAB text (date "none" when undated).
awk '
  FNR == 1 { if (text != "") emit(); date = "2022-10-27" }
  function emit() { print date "\t" text; text = "" }
  /^date:/ { sub(/^date:[ \t]*/, ""); date = $0; next }
  /^#/ { next }
  /^[>!]/ { if (text != "") emit(); next }
  /^[ \t]*$/ { if (text != "") emit(); next }
  { text = (text == "" ? $0 : text " " $0) }
  END { if (text != "") emit() }
' "$src"/tests/spec/*.txt > "$work/examples.tsv"

awk -F '\t' -v work="$work" '
  function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/[\001-\037]/, " ", s); return s }
  function flush() {
    if (art != "") printf "{\"id\":\"pgo-a%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", n, adate, art > (work "/articles.jsonl")
    art = ""
  }
  {
    n++; t = esc($2); d = ($1 == "none" ? "2022-10-27" : $1)
    printf "{\"id\":\"pgo-u%d\",\"text\":\"%s\"}\n", n, t > (work "/undated.jsonl")
    printf "{\"id\":\"pgo-d%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", n, d, t > (work "/dated.jsonl")
    if (art == "") adate = d
    art = (art == "" ? t : art "\\n\\n" t)
    if (n % 8 == 0) flush()
  }
  END { flush() }
' "$work/examples.tsv"

sed -E 's/"date": *"[^"]*", *//' "$src/examples/demo.jsonl" > "$work/demo-undated.jsonl"

export ACTA_DATA_DIR="$src/data" ACTA_CACHE="$work/cache"
# acta code exits 1 when some records were errors; more is a failure
for f in "$work/undated.jsonl" "$work/dated.jsonl" "$work/articles.jsonl" \
         "$src/examples/demo.jsonl" "$work/demo-undated.jsonl"; do
  rc=0; "$acta" code -t 1 "$f" > "$work/out.jsonl" 2> "$work/acta.log" || rc=$?
  [ "$rc" -le 1 ] || { tail -n 5 "$work/acta.log" >&2
                       echo "pgo_train.sh: acta code $f failed (exit $rc)" >&2; exit 1; }
done
echo "$(cat "$work"/{undated,dated,articles,demo-undated}.jsonl "$src/examples/demo.jsonl" | wc -l) records"
