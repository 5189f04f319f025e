#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/tests/run.sh: tests of the measurement tools (ctest "bench").
#
#   bench/tests/run.sh path/to/acta-eval-dev
#
# - acta-eval-dev on the project's own labelled sentences (news.jsonl,
#   acled.jsonl here): the figures when it codes them, and when it scores
#   hand-written events (coded.jsonl, with "acled" fields), each checked
#   against values worked out by hand (see the comments below);
# - its errors: no set, a missing file, a bad line, an unknown label;
# - bench/find_shared.sh in made-up layouts: ../shared beside a checkout,
#   beside the main checkout of a worktree, beside the origin of a clone,
#   $ACTA_SHARED, and nowhere.
# Uses ACTA_DATA_DIR (CTest sets it).  Prints one ok/not ok line per check
# and a closing "N passed, N failed" line; exits non-zero if a check failed.
set -u
export LC_ALL=C

EVAL=${1:?usage: run.sh path/to/acta-eval-dev}
EVAL=$(cd "$(dirname "$EVAL")" && pwd)/$(basename "$EVAL")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass=0 fail=0
check() { # NAME WANT GOT
  if [ "$2" = "$3" ]; then pass=$((pass + 1)); echo "ok - $1"
  else fail=$((fail + 1)); echo "not ok - $1"; echo "#   want: $2"; echo "#   got:  $3"; fi
}
has() { # NAME FILE TEXT: FILE contains TEXT
  if grep -qF -- "$3" "$2"; then pass=$((pass + 1)); echo "ok - $1"
  else fail=$((fail + 1)); echo "not ok - $1 (no '$3' in:)"; sed 's/^/#   /' "$2" | head -n 20; fi
}

cd "$here" || exit 1

# ---- figures -------------------------------------------------------------
# news.jsonl, events: n1 173 (class 4 = label), n2 040 (1 = 1), n3 111 and
# 163 (both 3: roots 11 and 16; label 4), n4 none (label 0), n5 073 (2;
# label 4), n6 026 (0 = 0).  Coverage 5/6, 6 events, accuracy 3/6 (3/5 of
# the coded), any-event 3/6.  F1: class 0 P 1/1 R 1/2 = .6667; 1: 1; 2: 0
# (a false positive, no label); 3: 0 (n3 predicted 3, labelled 4); 4: P 1/1
# R 1/3 = .5; macro (.6667 + 1 + .5) / 5 = .4333.
news='"news":{"file":"news.jsonl","sentences":6,"skipped":0,"coverage":0.8333,"events_per_sentence":1.0,"class_accuracy":0.5,"class_accuracy_coded":0.6,"class_macro_f1":0.4333,"class_f1":[0.6667,1.0,0.0,0.0,0.5],"any_event_match":0.5}'
# acled.jsonl coded by acta: a1 none, a2 two events (a claim with no
# "acled", then Explosions/Remote violence = label), a3 Protests = label,
# a4 Strategic developments (arrest) = label, a5 none (a disaster), a6
# Riots = label (rioters set fire).  F1: Battles 0 (a1 uncoded), Explosions,
# Protests, Riots, Strategic 1, VAC 0 (no label, no prediction); macro 4/6.
acled_live='"acled":{"file":"acled.jsonl","snippets":6,"skipped":0,"coverage":0.6667,"coverage_acled_typed":0.8,"coverage_not_acled":0.0,"events_per_snippet":0.8333,"acled_field":true,"type_macro_f1":0.6667,"type_f1":[0.0,1.0,0.0,1.0,1.0,1.0]}'
# coded.jsonl: a1 Battles = label; a2's first event has "acled": null, its
# second Explosions/Remote violence = label; a3 Riots (label Protests); a4
# no event (label Strategic developments); a5 Violence against civilians
# (label: a disaster, none); a6 "riots" = Riots (case does not matter).
# F1: Battles 1, Explosions 1, VAC 0, Protests 0, Riots P 1/2 R 1 = .6667,
# Strategic 0; macro 2.6667 / 6 = .4444.
acled_coded='"acled":{"file":"acled.jsonl","snippets":6,"skipped":0,"coverage":0.8333,"coverage_acled_typed":0.8,"coverage_not_acled":1.0,"events_per_snippet":1.0,"acled_field":true,"type_macro_f1":0.4444,"type_f1":[1.0,1.0,0.0,0.0,0.6667,0.0]}'

v=$(sed -n 's/^#define ACTA_VERSION "\(.*\)"/\1/p' "$root/src/acta.h")
check "eval codes the news and ACLED sets" \
  "{\"acta\":\"$v\",\"coded\":null,$news,$acled_live}" \
  "$("$EVAL" --json --news news.jsonl --acled acled.jsonl 2>"$tmp/err")"
check "eval writes nothing on stderr when all is well" "" "$(cat "$tmp/err")"
check "eval scores hand-written events (--coded), ACLED F1 included" \
  "{\"acta\":\"$v\",\"coded\":\"coded.jsonl\",$news,$acled_coded}" \
  "$("$EVAL" --json --coded coded.jsonl --news news.jsonl --acled acled.jsonl)"

"$EVAL" --news news.jsonl --acled acled.jsonl >"$tmp/report"
has "the report measures the ACLED field acta's events carry" "$tmp/report" \
  'ACLED type macro-F1 (6)      0.667  (4 snippets with an "acled" event)'
has "the report gives the class macro-F1" "$tmp/report" "class macro-F1 (5 classes)   0.433"
"$EVAL" --coded coded.jsonl --acled acled.jsonl >"$tmp/report"
has "the report gives the ACLED macro-F1" "$tmp/report" "ACLED type macro-F1 (6)      0.444"
has "the report gives each type's F1" "$tmp/report" "Riots                        0.667        1          2"
"$EVAL" --misses --news news.jsonl >"$tmp/report"
check "--misses lists the three misses" "n3 n4 n5" \
  "$(awk '/^MISS/ { printf "%s%s", sep, $2; sep = " " }' "$tmp/report")"

# ---- errors ----------------------------------------------------------------
"$EVAL" >/dev/null 2>"$tmp/err"
check "no set to measure: exit 2" 2 $?
has "no set to measure: says so" "$tmp/err" "nothing to measure"
"$EVAL" --news "$tmp/absent.jsonl" >/dev/null 2>"$tmp/err"
check "a missing file: exit 4" 4 $?
has "a missing file: named" "$tmp/err" "cannot read $tmp/absent.jsonl"
{ head -n 1 news.jsonl; echo '{"id": "x", "text": 3, "pentaclass": 1}'; echo 'not json'; } >"$tmp/bad.jsonl"
"$EVAL" --json --news "$tmp/bad.jsonl" >"$tmp/out" 2>"$tmp/err"
check "bad lines are skipped, the rest measured" '0 "sentences":1,"skipped":2' "$? $(grep -o '"sentences":[0-9]*,"skipped":[0-9]*' "$tmp/out")"
has "a bad line is named by file and line" "$tmp/err" "$tmp/bad.jsonl:2: skipped"
has "a line that is not JSON is named" "$tmp/err" "$tmp/bad.jsonl:3: skipped"
echo '{"id": "x", "text": "Police arrested a man.", "type": "NEW_LABEL"}' >"$tmp/label.jsonl"
"$EVAL" --acled "$tmp/label.jsonl" >/dev/null 2>"$tmp/err"
has "an unknown ACLED label is reported" "$tmp/err" 'label "NEW_LABEL" is not in eval_dev.c'"'"'s table'
: >"$tmp/empty.jsonl"
"$EVAL" --news "$tmp/empty.jsonl" >/dev/null 2>"$tmp/err"
check "a file with no labelled record: exit 4" 4 $?

# ---- find_shared.sh ----------------------------------------------------------
find=$root/bench/find_shared.sh
mk_shared() { mkdir -p "$1/dev"; }
unset ACTA_SHARED

mkdir -p "$tmp/a/checkout"; mk_shared "$tmp/a/shared"
check "../shared beside a checkout" "$(cd "$tmp/a/shared" && pwd -P)" "$(bash "$find" "$tmp/a/checkout" 2>&1)"

mkdir -p "$tmp/b/checkout"
bash "$find" "$tmp/b/checkout" >"$tmp/out" 2>"$tmp/err"
check "no shared folder: exit 1, nothing on stdout" "1 " "$? $(cat "$tmp/out")"
has "no shared folder: says where it looked" "$tmp/err" "$tmp/b/checkout/../shared"
ACTA_SHARED=$tmp/a/shared bash "$find" "$tmp/b/checkout" >"$tmp/out" 2>&1
check "ACTA_SHARED names it" "$(cd "$tmp/a/shared" && pwd -P)" "$(cat "$tmp/out")"
ACTA_SHARED=$tmp/b bash "$find" "$tmp/a/checkout" >"$tmp/out" 2>"$tmp/err"
check "a wrong ACTA_SHARED is an error, not passed over" "1 " "$? $(cat "$tmp/out")"
has "a wrong ACTA_SHARED is named" "$tmp/err" "ACTA_SHARED=$tmp/b is not a shared folder"

if command -v git >/dev/null; then
  g() { git -c user.name=t -c user.email=t@example.org -c init.defaultBranch=main "$@"; }
  mk_shared "$tmp/c/shared"
  g init -q "$tmp/c/main" && g -C "$tmp/c/main" commit -q --allow-empty -m x
  mkdir -p "$tmp/c/wt" && g -C "$tmp/c/main" worktree add -q "$tmp/c/wt/one" 2>/dev/null
  check "a worktree: ../shared beside its main checkout" \
    "$(cd "$tmp/c/shared" && pwd -P)" "$(bash "$find" "$tmp/c/wt/one" 2>&1)"
  mkdir -p "$tmp/d"
  g clone -q "$tmp/c/main" "$tmp/d/clone" 2>/dev/null
  check "a clone: ../shared beside its origin" \
    "$(cd "$tmp/c/shared" && pwd -P)" "$(bash "$find" "$tmp/d/clone" 2>&1)"
  g clone -q "$tmp/c/wt/one" "$tmp/d/clone2" 2>/dev/null
  check "a clone of a worktree: beside the origin's main checkout" \
    "$(cd "$tmp/c/shared" && pwd -P)" "$(bash "$find" "$tmp/d/clone2" 2>&1)"
  g clone -q "$tmp/d/clone" "$tmp/d/clone3" 2>/dev/null
  g -C "$tmp/d/clone3" remote set-url origin ../clone
  check "a clone of a clone (relative origin)" \
    "$(cd "$tmp/c/shared" && pwd -P)" "$(bash "$find" "$tmp/d/clone3" 2>&1)"
else
  echo "# git not found: worktree and clone layouts not checked"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
