#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/run.sh: acta's speed, side by side with TABARI, and its memory.
#
#   bench/run.sh [path/to/acta]          (default: build/acta; `make bench`)
#
# Three measurements (method: bench/README.md):
#   1. acta and TABARI 0.8.4b2 on the same sentences of the shared corpus,
#      one core each (taskset), the least times of BENCH_RUNS runs: MB/s of
#      sentence text, sentences/s and the ratio acta / TABARI.  TABARI is built from
#      the shared kit (SHARED/peer/tabari/bench) into bench/work/tabari/.
#   2. start-up: the median of BENCH_COLD new processes coding one short
#      sentence (acta and TABARI), and acta with an empty input (loading
#      the dictionaries).
#   3. acta alone on the whole corpus repeated to BENCH_MB megabytes, once
#      per thread count in BENCH_THREADS: throughput and peak RSS.
# Every record carries a date, so acta's date stage runs.
#
# The shared folder is found by bench/find_shared.sh (../shared, beside the
# main checkout of a worktree or the origin of a clone, or $ACTA_SHARED).
# Without it TABARI is not run and the corpus is synthetic
# (bench/gen_corpus.sh): both are said loudly, on stderr and in the table.
#
# Environment: BENCH_MB (50), BENCH_THREADS ("1 $(nproc)"), BENCH_RUNS (3),
# BENCH_COLD (11), BENCH_CPU (the core for one-core runs: the last one),
# BENCH_INSTR (1: also count both coders' instructions with callgrind),
# ACTA_SHARED, ACTA_DATA_DIR (default data/).  Needs python3 (inputs, the
# kit's converter), GNU time (peak RSS), g++ and libncurses-dev (TABARI),
# valgrind (BENCH_INSTR): `scripts/bootstrap.sh bench` installs them.
#
# Writes bench/work/results.md (also printed) and logs in bench/work/.
# Exit: 0 all measured; 1 a run failed (TABARI's build or run included).
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
acta=${1:-$root/build/acta}
mb=${BENCH_MB:-50}
ncpu=$(nproc 2>/dev/null || echo 1)
threads=${BENCH_THREADS:-"1 $ncpu"}
runs=${BENCH_RUNS:-3}
cold=${BENCH_COLD:-11}
cpu=${BENCH_CPU:-$((ncpu - 1))}
instr=${BENCH_INSTR:-0}
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
work=$root/bench/work
results=$work/results.md
status=0

[ -x "$acta" ] || { echo "bench: $acta not found; run 'make build' (or 'make bench')" >&2; exit 1; }
mkdir -p "$work"

say() { echo "bench: $*" >&2; }
loud() {
  {
    echo "bench: !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    for l in "$@"; do echo "bench: !!! $l"; done
    echo "bench: !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  } >&2
}
# Seconds since an arbitrary origin, to the microsecond (bash 5).
now() { echo "$EPOCHREALTIME"; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -n 1; }
# Content stamp of files (to rebuild derived inputs only when they change).
stamp_of() { cat "$@" | md5sum | cut -d' ' -f1; }

pin=()
if command -v taskset >/dev/null && taskset -c "$cpu" true 2>/dev/null; then
  pin=(taskset -c "$cpu")
else
  say "taskset cannot pin to core $cpu: one-core runs are not pinned"
fi
have_time=0
/usr/bin/time -f %M true >/dev/null 2>&1 && have_time=1
[ "$have_time" = 1 ] || say "/usr/bin/time (GNU time) missing: no peak RSS (scripts/bootstrap.sh bench installs it)"

# ---- what is there --------------------------------------------------------
shared=$(bash "$here/find_shared.sh" "$root" 2>"$work/find_shared.log") || shared=
corpus_src=
kit=
warnings=()
if [ -z "$shared" ]; then
  warnings+=("NO SHARED FOLDER: TABARI NOT RUN, AND THE CORPUS IS SYNTHETIC (bench/gen_corpus.sh): its figures are not comparable with the real corpus's."
             "$(sed 's/^find_shared: //; s/^ *//' "$work/find_shared.log" | paste -sd' ')")
else
  corpus_src=$shared/corpus/insightcrime-articles.jsonl
  kit=$shared/peer/tabari/bench
  if [ ! -f "$corpus_src" ]; then
    warnings+=("$corpus_src IS MISSING: TABARI NOT RUN, CORPUS IS SYNTHETIC (bench/gen_corpus.sh).")
    corpus_src=
    kit=
  elif [ ! -x "$(command -v python3)" ]; then
    warnings+=("python3 IS MISSING (scripts/bootstrap.sh bench): TABARI NOT RUN, CORPUS IS SYNTHETIC.")
    corpus_src=
    kit=
  elif [ ! -f "$kit/build.sh" ] || [ ! -f "$kit/to_tabari.py" ] || [ ! -f "$kit/run.sh" ]; then
    warnings+=("THE TABARI KIT ($kit) IS MISSING OR INCOMPLETE: TABARI NOT RUN.")
    kit=
  fi
fi
[ "${#warnings[@]}" -gt 0 ] && loud "${warnings[@]}"
say "shared folder: ${shared:-none}"

# ---- inputs ---------------------------------------------------------------
# corpus.jsonl: dated articles repeated to $mb MB (real or synthetic).
corpus=$work/corpus.jsonl
if [ -n "$corpus_src" ]; then
  corpus_desc="$(basename "$corpus_src") repeated, dated"
  want=$(stat -c '%n %s %Y' "$corpus_src")" $mb $(stamp_of "$here/prepare_inputs.py")"
else
  corpus_desc="SYNTHETIC (bench/gen_corpus.sh), NOT the real corpus"
  want="synthetic $mb $(stamp_of "$here/gen_corpus.sh")"
fi
if [ "$(cat "$work/corpus.stamp" 2>/dev/null || true)" != "$want" ] || [ ! -s "$corpus" ]; then
  say "building a $mb MB corpus: $corpus_desc ..."
  if [ -n "$corpus_src" ]; then
    python3 "$here/prepare_inputs.py" articles "$corpus_src" "$mb" >"$corpus.tmp"
  else
    bash "$here/gen_corpus.sh" "$mb" >"$corpus.tmp"
  fi
  mv "$corpus.tmp" "$corpus"
  echo "$want" >"$work/corpus.stamp"
fi
corpus_bytes=$(stat -c %s "$corpus")
corpus_lines=$(wc -l <"$corpus")

# The side-by-side inputs: one dated sentence per record, for both coders.
one_sentence="Iranian police arrested dozens of protesters in Tehran on Wednesday."
printf '{"id":"one","date":"2022-10-27","text":"%s"}\n' "$one_sentence" >"$work/one.jsonl"
: >"$work/empty.jsonl"
tabari=
if [ -n "$kit" ]; then
  want=$(stat -c '%n %s %Y' "$corpus_src")" $(stamp_of "$here/prepare_inputs.py" "$kit/to_tabari.py")"
  if [ "$(cat "$work/sentences.stamp" 2>/dev/null || true)" != "$want" ] || [ ! -s "$work/sentences.text" ]; then
    say "splitting the corpus into sentences for acta and TABARI ..."
    python3 "$here/prepare_inputs.py" sentences "$corpus_src" >"$work/sentences.jsonl"
    python3 "$kit/to_tabari.py" <"$work/sentences.jsonl" >"$work/sentences.text"
    echo "$want" >"$work/sentences.stamp"
  fi
  python3 "$kit/to_tabari.py" <"$work/one.jsonl" >"$work/one.text"
  # TABARI, built from the kit's unmodified source when that changes.
  want=$(stamp_of "$kit"/build.sh "$kit"/src/*)
  tabari=$work/tabari/TABARI
  if [ "$(cat "$work/tabari/stamp" 2>/dev/null || true)" != "$want" ] || [ ! -x "$tabari" ]; then
    say "building TABARI from $kit (log: bench/work/tabari/build.log) ..."
    mkdir -p "$work/tabari"
    rm -f "$tabari"
    if sh "$kit/build.sh" "$tabari" >"$work/tabari/build.log" 2>&1; then
      echo "$want" >"$work/tabari/stamp"
    else
      loud "TABARI DID NOT BUILD (see bench/work/tabari/build.log; it needs g++ and" \
           "libncurses-dev: scripts/bootstrap.sh bench): TABARI NOT RUN."
      warnings+=("TABARI did not build (bench/work/tabari/build.log): TABARI not run.")
      tabari=
      status=1
    fi
  fi
fi

# ---- runners ------------------------------------------------------------------
# run_timed LOG CMD...: runs CMD (output to /dev/null unless it writes its
# own), appends "wall W" and GNU time's "rss KB user U sys S" to LOG; prints W.
run_timed() {
  local log=$1 t0 t1 rc=0
  shift
  : >"$log"
  t0=$(now)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f 'rss %M user %U sys %S' -o "$log.time" "$@" >/dev/null 2>>"$log" || rc=$?
  else
    "$@" >/dev/null 2>>"$log" || rc=$?
  fi
  t1=$(now)
  [ -f "$log.time" ] && cat "$log.time" >>"$log" && rm -f "$log.time"
  echo "wall $(sub "$t0" "$t1")" >>"$log"
  echo "exit $rc" >>"$log"
  sub "$t0" "$t1"
  # acta: exit 1 = some records were errors, still a run
  [ "$rc" -le 1 ]
}
# The log of the run whose wall time was W.
best_log() { grep -l "^wall $2\$" "$work/$1"-*.log | head -n 1; }
cpu_of() { awk '$1 == "rss" { print $4 + $6 }' "$1"; }
field() { awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) v = $(i + 1) } END { print v }' "$2"; }

acta_one_core=("${pin[@]}" "$acta" code --threads 1 --stats)
tabari_one_core=("${pin[@]}" sh "$kit/run.sh" "$tabari")

# ---- machine ------------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
top -b -n 1 2>/dev/null | head -n 20 >"$work/top-before.txt" || true

# ---- 1. side by side ------------------------------------------------------------
rm -f "$work"/side-*.log
if [ -n "$tabari" ]; then
  read -r n_sent text_bytes < <(python3 -c '
import json, sys
n = b = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += 1; b += len(json.loads(line)["text"].encode("utf-8"))
print(n, b)' "$work/sentences.jsonl")
  say "acta and TABARI on $n_sent sentences, one core each, $runs runs ..."
  acta_walls=() tabari_walls=()
  for r in $(seq "$runs"); do
    if w=$(run_timed "$work/side-acta-$r.log" "${acta_one_core[@]}" "$work/sentences.jsonl"); then acta_walls+=("$w")
    else say "acta failed (bench/work/side-acta-$r.log)"; status=1; fi
    if w=$(run_timed "$work/side-tabari-$r.log" "${tabari_one_core[@]}" "$work/sentences.text" "$work/sentences.evt"); then tabari_walls+=("$w")
    else say "TABARI failed (bench/work/side-tabari-$r.log)"; status=1; fi
  done
fi

# Instructions: callgrind's count for a command and its children (load-free,
# about 100 times slower).  Prints the total; fails when valgrind does.
count_instructions() {
  local name=$1
  shift
  rm -f "$work/$name".vg.*
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null \
    --log-file="$work/$name.vg.%p" "$@" >/dev/null 2>&1 || return 1
  cat "$work/$name".vg.* | awk '/I +refs:/ { gsub(",", "", $NF); s += $NF } END { if (s) print s; else exit 1 }'
}
acta_instr= tabari_instr=
if [ -n "$tabari" ] && [ "$instr" = 1 ]; then
  if command -v valgrind >/dev/null; then
    say "counting instructions with callgrind (several minutes) ..."
    acta_instr=$(count_instructions instr-acta "$acta" code --threads 1 "$work/sentences.jsonl") ||
      { say "callgrind failed on acta (bench/work/instr-acta.vg.*)"; status=1; }
    tabari_instr=$(count_instructions instr-tabari sh "$kit/run.sh" "$tabari" "$work/sentences.text" "$work/sentences-vg.evt") ||
      { say "callgrind failed on TABARI (bench/work/instr-tabari.vg.*)"; status=1; }
  else
    loud "BENCH_INSTR=1 but valgrind is missing (scripts/bootstrap.sh bench): instructions not counted"
    status=1
  fi
fi

# ---- 2. start-up ----------------------------------------------------------------
say "start-up: $cold new processes each ..."
# cold NAME CMD...: one timed run; appends its wall and CPU seconds to
# bench/work/cold-NAME.wall and .cpu ("fail" when it failed).
cold() {
  local name=$1 w
  shift
  rm -f "$work/cold-$name.log"
  if w=$(run_timed "$work/cold-$name.log" "$@"); then
    echo "$w" >>"$work/cold-$name.wall"
    cpu_of "$work/cold-$name.log" >>"$work/cold-$name.cpu"
  else
    echo fail >>"$work/cold-$name.wall"
  fi
}
# ms_median NAME wall|cpu: the median in milliseconds; "" when not run.
ms_median() {
  [ -s "$work/cold-$1.$2" ] || return 0
  grep -v fail "$work/cold-$1.$2" | median | awk '{ printf "%.0f", $1 * 1000 }'
}
rm -f "$work"/cold-*.wall "$work"/cold-*.cpu
for r in $(seq "$cold"); do
  cold one "${pin[@]}" "$acta" code "$work/one.jsonl"
  cold empty "${pin[@]}" "$acta" code "$work/empty.jsonl"
  [ -n "$tabari" ] && cold tabari "${tabari_one_core[@]}" "$work/one.text" "$work/one.evt"
done
med_one=$(ms_median one wall) cpu_one=$(ms_median one cpu)
med_empty=$(ms_median empty wall) cpu_empty=$(ms_median empty cpu)
med_tabari=$(ms_median tabari wall) cpu_tabari=$(ms_median tabari cpu)
# the quickest start-up, to take from the quickest run
min_one=$(grep -hv fail "$work/cold-one.wall" 2>/dev/null | minimum)
min_tabari=$(grep -hv fail "$work/cold-tabari.wall" 2>/dev/null | minimum)
if cat "$work"/cold-*.wall | grep -q fail; then
  say "a start-up run failed (bench/work/cold-*.log)"; status=1
fi

# ---- 3. acta on the whole corpus --------------------------------------------------
full_rows=()
for t in $threads; do
  log=$work/run-t$t.log
  say "acta code --threads $t on the $mb MB corpus ..."
  if ! run_timed "$log" "$acta" code --threads "$t" --stats "$corpus" >/dev/null; then
    say "acta exited $(field exit "$log") (see $log)"; tail -n 5 "$log" >&2; status=1; continue
  fi
  full_rows+=("$(awk -v t="$t" -v corpus="$( [ -n "$corpus_src" ] && echo real || echo '**SYNTHETIC**')" '
    /articles [0-9]+ sentences [0-9]+/ && !got { for (i = 1; i < NF; i++) kv[$i] = $(i + 1); got = 1 }
    $1 == "rss" { rss = $2; cpu = $4 + $6 }
    END {
      if (!got) { print "bench: no --stats line" > "/dev/stderr"; exit 1 }
      s = kv["seconds"] + 0
      printf "| %s | %d | %d | %d | %d | %.2f | %.2f | %.0f | %.2f | %s |", corpus, t, kv["articles"],
        kv["sentences"], kv["events"], s, cpu, (s > 0 ? kv["sentences"] / s : 0),
        (s > 0 ? kv["bytes"] / 1e6 / s : 0), (rss ? sprintf("%.0f", rss / 1024) : "?")
    }' "$log")") || status=1
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- results --------------------------------------------------------------------
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
version=$("$acta" --version 2>/dev/null | head -n 1 || true)
commit=$(git -C "$root" log -1 --format='%h %cd' --date=short 2>/dev/null || echo '?')
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | head -c 1)
noisy=$(awk -v a="${load_before%% *}" -v b="${load_after%% *}" 'BEGIN { print (a > 0.5 || b > 1.5) ? 1 : 0 }')
{
  echo "# acta benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  for w in "${warnings[@]}"; do echo "> **WARNING: $w**"; echo ">"; done
  echo "- acta: ${version:-?} ($acta), commit $commit${dirty:+ with uncommitted changes}"
  echo "- machine: ${cpu_model:-?}, $ncpu cores, $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}'); load average $load_before before, $load_after after$( [ "$noisy" = 1 ] && echo ": **shared/noisy: other processes were running** (bench/work/top-before.txt)")"
  echo "- shared folder: ${shared:-**none**}"
  echo "- one-core runs: ${pin[*]:-not pinned}"
  echo
  echo "## acta and TABARI 0.8.4b2 on the same sentences, one core each"
  echo
  if [ -n "$tabari" ] && [ "${#acta_walls[@]}" -gt 0 ] && [ "${#tabari_walls[@]}" -gt 0 ]; then
    aw=$(printf '%s\n' "${acta_walls[@]}" | minimum)
    tw=$(printf '%s\n' "${tabari_walls[@]}" | minimum)
    a_events=$(grep -oh 'events [0-9]*' "$work"/side-acta-1.log | head -n 1 | cut -d' ' -f2)
    a_sent=$(grep -oh 'sentences [0-9]*' "$work"/side-acta-1.log | head -n 1 | cut -d' ' -f2)
    t_events=$(wc -l <"$work/sentences.evt")
    echo "Input: the $n_sent sentences of \`$(basename "$corpus_src")\` ($(awk -v b="$text_bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB of sentence text), one sentence per record, each dated;"
    echo "acta reads them as JSON lines (\`bench/work/sentences.jsonl\`, $(stat -c %s "$work/sentences.jsonl") bytes), TABARI as its text records"
    echo "made by the kit's \`to_tabari.py\` ($(stat -c %s "$work/sentences.text") bytes), with the kit's full CAMEO dictionaries."
    echo "Wall and CPU (user + sys) time of the whole process, the least of each over $runs runs, start-up included; \"net\" subtracts the quickest one-sentence start-up of the runs below."
    echo "MB/s = MB of sentence text / seconds, for both."
    echo
    echo "| coder | sentences | events | wall s | CPU s | sentences/s | MB/s | MB/s net of start-up | peak RSS (MB) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    ab=$(best_log side-acta "$aw")
    tb=$(best_log side-tabari "$tw")
    awk -v n="$n_sent" -v b="$text_bytes" -v aw="$aw" -v tw="$tw" -v as="${min_one:-0}" -v ts="${min_tabari:-0}" \
        -v ae="$a_events" -v te="$t_events" -v asent="$a_sent" \
        -v ac="$(for f in "$work"/side-acta-*.log; do cpu_of "$f"; done | minimum)" \
        -v tc="$(for f in "$work"/side-tabari-*.log; do cpu_of "$f"; done | minimum)" \
        -v ar="$(field rss "$ab")" -v tr="$(field rss "$tb")" 'BEGIN {
      an = aw - as; tn = tw - ts
      printf "| acta --threads 1 | %d (acta splits %d) | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %s |\n", n, asent, ae, aw, ac, n / aw, b / 1e6 / aw, (an > 0 ? b / 1e6 / an : 0), (ar ? sprintf("%.0f", ar / 1024) : "?")
      printf "| TABARI 0.8.4b2 | %d | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %s |\n", n, te, tw, tc, n / tw, b / 1e6 / tw, (tn > 0 ? b / 1e6 / tn : 0), (tr ? sprintf("%.0f", tr / 1024) : "?")
      printf "| **ratio acta / TABARI** | | | | %.2f | **%.2f** | **%.2f** | **%.2f** | |\n", (ac > 0 ? tc / ac : 0), tw / aw, tw / aw, ((an > 0 && tn > 0) ? tn / an : 0)
    }'
    echo
    if [ -n "$acta_instr" ] && [ -n "$tabari_instr" ]; then
      awk -v a="$acta_instr" -v t="$tabari_instr" -v b="$text_bytes" 'BEGIN {
        printf "Instructions (callgrind, whole process with its children; not affected by load): acta %.2f G (%.0f per byte of text), TABARI %.2f G (%.0f per byte): **ratio %.2f**.\n", a / 1e9, a / b, t / 1e9, t / b, t / a }'
    else
      echo "Instructions: not counted (\`BENCH_INSTR=1 make bench\` counts them with callgrind, a few minutes)."
    fi
  else
    echo "**Not measured: TABARI was not run (see the warnings above).**"
  fi
  echo
  echo "## Start-up: a new process, median of $cold"
  echo
  echo "Wall time to the microsecond; CPU time (user + sys) from GNU time, to 10 ms."
  echo
  echo "| what | acta wall | acta CPU | TABARI wall | TABARI CPU |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| code one short sentence (\"$one_sentence\") | ${med_one} ms | ${cpu_one} ms | ${med_tabari:-not run}${med_tabari:+ ms} | ${cpu_tabari}${cpu_tabari:+ ms} |"
  echo "| acta with an empty input (process + dictionary load) | ${med_empty} ms | ${cpu_empty} ms | | |"
  echo
  echo "## acta on the whole corpus"
  echo
  echo "Corpus: $corpus_desc, $corpus_lines articles, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB (\`bench/work/corpus.jsonl\`)."
  echo "\`acta code --threads N --stats\`, not pinned; seconds, sentences/s and MB/s from acta's --stats line (coding only, dictionary load excluded; MB of JSON input); CPU seconds (user + sys, whole process) and peak RSS from GNU time."
  echo
  echo "| corpus | threads | articles | sentences | events | seconds | CPU s | sentences/s | MB/s | peak RSS (MB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${full_rows[@]}"; do echo "$row"; done
} >"$results"

echo
cat "$results"
echo
echo "(written to ${results#"$root"/}; logs in ${work#"$root"/}/)"
[ "${#warnings[@]}" -gt 0 ] && loud "${warnings[@]}"
exit $status
