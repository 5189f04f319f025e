#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/startup.sh: start-up time of acta, the median of N runs (default
# 50) of a new process each: coding one short sentence and `--version`
# with the dictionary image (compiled first by `acta compile`), and coding
# the sentence with ACTA_CACHE=off (the dictionaries parsed, 10 runs).
#
#   bench/startup.sh path/to/acta [N]
#
# Uses ACTA_DATA_DIR like acta.  Wall-clock times on a shared machine are
# noisy: compare instruction counts (valgrind --tool=callgrind) too.
set -eu
ACTA=${1:?usage: startup.sh path/to/acta [N]}
N=${2:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' '{"id":"a","text":"Police arrested dozens of protesters in Tehran."}' >"$tmp/one.jsonl"

# median in ms of $1 runs of the rest
median() {
  local n=$1
  shift
  for _ in $(seq "$n"); do
    local a b
    a=$(date +%s%N)
    "$@" >/dev/null 2>&1
    b=$(date +%s%N)
    echo $(((b - a) / 1000))
  done | sort -n | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000}'
}

"$ACTA" compile >/dev/null
echo "| start-up (median of new processes) | ms |"
echo "| --- | ---: |"
echo "| code one sentence, dictionary image ($N runs) | $(median "$N" "$ACTA" code "$tmp/one.jsonl") |"
echo "| acta --version, dictionary image ($N runs) | $(median "$N" "$ACTA" --version) |"
echo "| code one sentence, ACTA_CACHE=off: parsed (10 runs) | $(median 10 env ACTA_CACHE=off "$ACTA" code "$tmp/one.jsonl") |"
