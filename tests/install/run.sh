#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/install/run.sh: installs a build into a temporary prefix and checks
# what a user of the installed tree meets first:
#   - the installed acta finds its dictionaries with no environment, and the
#     build tree's acta still reads the checkout's data/;
#   - a copy of acta that is neither says which directory it tried and
#     names --data and ACTA_DATA_DIR;
#   - data/README.md is installed (the man page points to it);
#   - `pkg-config --cflags acta` is the include directory alone, and a
#     program built with `pkg-config --cflags --libs acta` runs without
#     LD_LIBRARY_PATH (the .pc gives an rpath);
#
#   tests/install/run.sh BUILD_DIR LIBDIR CC [CFLAGS...]
#
# LIBDIR is the library directory relative to the prefix (lib).  Prints one
# "ok"/"not ok" line per check; exits non-zero if any failed.
set -u
build=$(cd "${1:?usage: run.sh BUILD_DIR LIBDIR CC [CFLAGS...]}" && pwd)
libdir=${2:?}
cc=${3:?}
shift 3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export LC_ALL=C
unset ACTA_DATA_DIR LD_LIBRARY_PATH

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); echo "ok - $name"
  else fail=$((fail + 1)); echo "not ok - $name"; sed 's/^/#   /' "$tmp/out" "$tmp/err" 2>/dev/null | head -n 20; fi
}

p=$tmp/prefix
if ! cmake --install "$build" --prefix "$p" >"$tmp/out" 2>"$tmp/err"; then
  echo "not ok - cmake --install failed"; cat "$tmp/err"; exit 1
fi

# the installed acta reads PREFIX/share/acta, found from its own place
"$p/bin/acta" --version >"$tmp/out" 2>"$tmp/err"
check "installed acta --version: the installed dictionaries" \
  grep -q -F "dictionaries: $(cd "$p/share/acta" && pwd -P) (from the installed data)" "$tmp/out"
check "installed acta --version: loaded" grep -q 'event patterns  [1-9]' "$tmp/out"
printf '{"id":"i1","date":"2022-10-27","text":"Police arrested protesters in Tehran."}\n' >"$tmp/in.jsonl"
rc=0; "$p/bin/acta" code -o tsv "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err" || rc=$?
check "installed acta codes with no environment" grep -q -P '^i1\t0\t2022-10-27\tIRNCOP\t.*\t173\t' "$tmp/out"

# installing did not change what the build tree's acta reads
if [ -x "$build/acta" ]; then
  "$build/acta" --version >"$tmp/out" 2>"$tmp/err"
  check "build-tree acta --version: the checkout's data/" \
    grep -q -F "dictionaries: $root/data (from this build's checkout)" "$tmp/out"
fi

# a copy that is neither installed nor in its build tree
mkdir -p "$tmp/elsewhere/bin"
cp "$build/acta" "$tmp/elsewhere/bin/acta"
rc=0; "$tmp/elsewhere/bin/acta" code "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err" || rc=$?
if [ "$rc" -eq 3 ]; then
  check "no dictionaries: the error names --data and ACTA_DATA_DIR" \
    grep -q -e '--data DIR or ACTA_DATA_DIR=DIR' "$tmp/err"
  check "no dictionaries: the error says where it looked" \
    grep -q 'the dictionary directory was .* (from the installed data)' "$tmp/err"
  rc=0; "$tmp/elsewhere/bin/acta" --version >"$tmp/out" 2>"$tmp/err" || rc=$?
  check "no dictionaries: --version still works (exit 0)" test "$rc" -eq 0
  check "no dictionaries: --version prints the version" grep -q '^acta [0-9]' "$tmp/out"
  check "no dictionaries: --version says they are not loaded" grep -q 'not loaded' "$tmp/out"
else
  echo "ok - # skip: a copy of acta found dictionaries at the configured prefix"
fi

check "data/README.md is installed" test -f "$p/share/acta/README.md"
check "the man page names the installed README" \
  grep -q 'share/acta/README.md' "$p/share/man/man1/acta.1"

# pkg-config: only the header's include directory; an rpath
export PKG_CONFIG_PATH=$p/$libdir/pkgconfig
cflags=$(pkg-config --cflags acta)
echo "$cflags" >"$tmp/out"
check "pkg-config --cflags acta: the include directory only" \
  test "$(cd "$(echo "$cflags" | sed -n 's/^-I\([^ ]*\) *$/\1/p')" 2>/dev/null && pwd -P)" = "$(cd "$p/include" && pwd -P)"
check "pkg-config --cflags acta: no glib" test "$(grep -c -i glib "$tmp/out")" -eq 0
pkg-config --static --libs acta >"$tmp/out"
check "pkg-config --static --libs acta: the dependencies" grep -q -e '-lgeonames' "$tmp/out"

cat >"$tmp/prog.c" <<'PROG'
#include <acta.h>
#include <stdio.h>
#include <string.h>
int main(void) {
  char err[512];
  acta_dict *d = acta_dict_load(NULL, err, sizeof err);
  if (!d) { fprintf(stderr, "%s\n", err); return 3; }
  acta_coder *c = acta_coder_new(d);
  const char *t = "Police arrested protesters in Tehran.";
  acta_article a = {.id = "p1", .date = "2022-10-27", .text = t, .text_len = strlen(t)};
  int rc = acta_code_article(c, &a);
  size_t n = 0;
  const acta_event *ev = acta_events(c, &n);
  for (size_t i = 0; rc == 0 && i < n; i++) {
    size_t sl, tl;
    const char *s = acta_actor_text(&a, &ev[i].source, &sl);
    const char *g = acta_actor_text(&a, &ev[i].target, &tl);
    printf("%s [%.*s] %s %s [%.*s]\n", ev[i].source.code, (int)sl, s, ev[i].cameo,
           ev[i].target.code, (int)tl, g);
  }
  acta_coder_free(c);
  acta_dict_free(d);
  return rc ? 1 : 0;
}
PROG
# shellcheck disable=SC2046
if "$cc" "$@" "$tmp/prog.c" -o "$tmp/prog" $(pkg-config --cflags --libs acta) 2>"$tmp/err"; then
  rc=0; ACTA_DATA_DIR=$p/share/acta "$tmp/prog" >"$tmp/out" 2>"$tmp/err" || rc=$?
  check "a program linked against the installed library runs without LD_LIBRARY_PATH" test "$rc" -eq 0
  check "... and codes the sentence, with the actors' text" \
    grep -q -F 'IRNCOP [Police] 173 IRNOPP [protesters]' "$tmp/out"
else
  check "a program compiles with pkg-config --cflags --libs acta" false
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
