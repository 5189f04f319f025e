# SPDX-License-Identifier: MIT
# tests/cli/lib.sh: the helpers of the CLI test scripts (sourced; needs
# $tmp, a scratch directory).  Each check prints an "ok"/"not ok" line and
# counts in $pass and $fail.

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() {
  fail=$((fail + 1))
  echo "not ok - $1"
  shift
  for f in "$@"; do
    [ -s "$f" ] || continue
    echo "#   --- $(basename "$f") (first 20 lines)"
    head -n 20 "$f" | cut -c1-300 | sed 's/^/#   /'
  done
}

# run NAME EXPECTED_RC CMD... : runs CMD with stdout in $tmp/out, stderr in
# $tmp/err; checks the exit code and that no sanitizer report was printed.
# Sets $rc.  Returns 0 if both checks passed.
run() {
  local name=$1 want=$2
  shift 2
  rc=0
  "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if grep -q -E 'Sanitizer|runtime error:' "$tmp/err"; then
    not_ok "$name: sanitizer report" "$tmp/err"
    return 1
  fi
  if [ "$rc" -ne "$want" ]; then
    not_ok "$name: exit $rc, expected $want" "$tmp/out" "$tmp/err"
    return 1
  fi
  return 0
}

# check NAME COND... : ok if the test command succeeds.
check() {
  local name=$1
  shift
  if "$@"; then ok "$name"; else not_ok "$name" "$tmp/out" "$tmp/err"; fi
}

count() { grep -c -F -- "$1" "$2" || true; }
