#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/run.sh: throughput and memory of `acta code` on a >= 50 MB corpus.
#
#   bench/run.sh [path/to/acta]          (default: build/acta; `make bench`)
#
# Environment: BENCH_MB (corpus size, default 50), BENCH_THREADS (thread
# counts to run, default "1 $(nproc)"), ACTA_DATA_DIR (default data/).
#
# Corpus (bench/work/corpus.jsonl, gitignored): ../shared/corpus/
# insightcrime-articles.jsonl repeated (ids made unique) until it reaches
# BENCH_MB when that file exists, else bench/gen_corpus.sh's synthetic news.
# Each run: /usr/bin/time -v acta code --threads N --stats corpus > /dev/null;
# sentences/s and MB/s come from acta's --stats line, peak RSS from time -v.
# Results go to stdout and bench/work/results.md.  See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
acta=${1:-$root/build/acta}
mb=${BENCH_MB:-50}
nproc_=$(nproc 2>/dev/null || echo 1)
threads=${BENCH_THREADS:-"1 $nproc_"}
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
work=$root/bench/work
corpus=$work/corpus.jsonl
shared=$root/../shared/corpus/insightcrime-articles.jsonl

[ -x "$acta" ] || { echo "bench: $acta not found; run 'make build' (or 'make bench')" >&2; exit 1; }
mkdir -p "$work"

# ---- corpus ----------------------------------------------------------------
want_bytes=$((mb * 1000 * 1000))
if [ -f "$shared" ]; then source_desc="$(basename "$shared") repeated"; else source_desc="synthetic (bench/gen_corpus.sh)"; fi
stamp="$source_desc / $mb MB"
have_bytes=$(stat -c %s "$corpus" 2>/dev/null || echo 0)
if [ "$(cat "$work/corpus.stamp" 2>/dev/null || true)" != "$stamp" ] || [ "$have_bytes" -lt "$want_bytes" ]; then
  echo "bench: building a ${mb} MB corpus from $source_desc ..." >&2
  if [ -f "$shared" ]; then
    : >"$corpus.tmp"
    i=0
    while [ "$(stat -c %s "$corpus.tmp")" -lt "$want_bytes" ]; do
      i=$((i + 1))
      # make ids unique per copy: "id": "ic-00001" -> "id": "r3-ic-00001"
      sed -E "s/^\\{\"id\": *\"/{\"id\": \"r$i-/" "$shared" >>"$corpus.tmp"
    done
  else
    bash "$here/gen_corpus.sh" "$mb" >"$corpus.tmp"
  fi
  mv "$corpus.tmp" "$corpus"
  echo "$stamp" >"$work/corpus.stamp"
fi
corpus_bytes=$(stat -c %s "$corpus")
corpus_lines=$(wc -l <"$corpus")

# ---- runs ------------------------------------------------------------------
have_time=0
[ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 && have_time=1
[ "$have_time" = 1 ] || echo "bench: /usr/bin/time (GNU time) missing: no peak RSS (scripts/bootstrap.sh bench installs it)" >&2

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
version=$("$acta" --version 2>/dev/null | head -n 1 || true)

results=$work/results.md
{
  echo "# acta benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- acta: ${version:-?} ($acta)"
  echo "- machine: ${cpu:-?}, $nproc_ cores, $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "- corpus: $source_desc, $corpus_lines articles, $(awk -v b="$corpus_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB"
  echo
  echo "| threads | articles | sentences | events | seconds | sentences/s | MB/s | peak RSS (MB) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"

status=0
for t in $threads; do
  log=$work/run-t$t.log
  echo "bench: acta code --threads $t ..." >&2
  rc=0
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -v "$acta" code --threads "$t" --stats "$corpus" >/dev/null 2>"$log" || rc=$?
  else
    start=$(date +%s.%N)
    "$acta" code --threads "$t" --stats "$corpus" >/dev/null 2>"$log" || rc=$?
    end=$(date +%s.%N)
    echo "Elapsed (wall clock) seconds: $(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" >>"$log"
  fi
  # exit 1 = some records were errors: still a valid run
  if [ "$rc" -gt 1 ]; then
    echo "bench: acta exited $rc (see $log)" >&2
    tail -n 5 "$log" >&2
    status=1
    continue
  fi
  # stats line: "... articles N sentences N events N [errors N] bytes N seconds S ..."
  awk -v t="$t" -v fallback_bytes="$corpus_bytes" '
    /articles [0-9]+ sentences [0-9]+/ && !got {
      for (i = 1; i < NF; i++) if (!($i in kv)) kv[$i] = $(i + 1)
      got = 1
    }
    /Maximum resident set size/ { rss = $NF }
    END {
      if (!got) { print "bench: no --stats line in the output" > "/dev/stderr"; exit 1 }
      s = kv["seconds"] + 0; b = ("bytes" in kv) ? kv["bytes"] : fallback_bytes
      sps = s > 0 ? kv["sentences"] / s : 0; mbs = s > 0 ? b / 1e6 / s : 0
      printf "| %d | %d | %d | %d | %.2f | %.0f | %.2f | %s |\n", t, kv["articles"],
        kv["sentences"], kv["events"], s, sps, mbs, rss ? sprintf("%.0f", rss / 1024) : "?"
    }' "$log" >>"$results" || { status=1; echo "bench: see $log" >&2; }
done

echo
cat "$results"
echo
echo "(written to ${results#"$root"/}; logs in ${work#"$root"/}/run-t*.log)"
exit $status
