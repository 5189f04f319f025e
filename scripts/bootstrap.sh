#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bootstrap.sh: installs the Debian packages acta needs to build and test.
#
#   scripts/bootstrap.sh            build + test dependencies
#   scripts/bootstrap.sh fuzz       ... plus clang and libFuzzer (make fuzz)
#   scripts/bootstrap.sh bench      ... plus what make bench needs: GNU time
#                                   (peak RSS), python3 (its inputs, the
#                                   TABARI kit's converter), libncurses-dev
#                                   (to build TABARI), procps (load, top),
#                                   valgrind (instruction counts)
#
# Idempotent: each package is checked with dpkg-query and only the missing
# ones are installed (apt-get update runs only then).  Silent when nothing is
# missing.  Runs apt-get directly as root, through sudo otherwise; without
# either it prints the command to run and fails.
set -euo pipefail

want_fuzz=0
want_bench=0
for arg in "$@"; do
  case "$arg" in
    fuzz|--fuzz) want_fuzz=1 ;;
    bench|--bench) want_bench=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bootstrap: unknown argument '$arg' (expected: fuzz, bench)" >&2; exit 2 ;;
  esac
done

# python3-cffi, python3-pytest, python3-distributed: the Python package
# (python/acta), its tests and acta.dask; libsqlite3-dev: the event store (acta ingest);
# sqlite3: the TSV round-trip and store tests; chromium: the report's test;
# libpq-dev, postgresql, bc: the store in PostgreSQL and its test (a server of
# its own, started with initdb and pg_ctl)
packages=(build-essential cmake pkg-config libutf8proc-dev libjansson-dev
          wordnet-base wordnet-dev iso-codes libgeonames-dev
          liblingua-en-tagger-perl libcriterion-dev
          python3-cffi python3-pytest python3-distributed
          libsqlite3-dev sqlite3 chromium libpq-dev postgresql bc)
[ "$want_fuzz" = 1 ] && packages+=(clang)
[ "$want_bench" = 1 ] && packages+=(time python3 libncurses-dev procps valgrind)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "bootstrap: dpkg-query not found; this script supports Debian/Ubuntu." >&2
  echo "bootstrap: install by hand: ${packages[*]}" >&2
  exit 1
fi

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}

updated=0
apt_install() {
  local -a cmd
  if [ "$(id -u)" -eq 0 ]; then
    cmd=()
  elif command -v sudo >/dev/null 2>&1; then
    cmd=(sudo)
  else
    echo "bootstrap: missing packages: $*" >&2
    echo "bootstrap: not root and no sudo; run as root:" >&2
    echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $*" >&2
    exit 1
  fi
  echo "bootstrap: installing $*" >&2
  if [ "$updated" = 0 ]; then
    "${cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    updated=1
  fi
  "${cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >&2
}

missing=()
for p in "${packages[@]}"; do
  is_installed "$p" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

# libFuzzer's runtime ships in libclang-rt-N-dev, only a Recommends of clang:
# check that clang can link a fuzz target and install it if not.
if [ "$want_fuzz" = 1 ]; then
  probe_dir=$(mktemp -d)
  trap 'rm -rf "$probe_dir"' EXIT
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    > "$probe_dir/probe.c"
  if ! clang -fsanitize=fuzzer,address "$probe_dir/probe.c" -o "$probe_dir/probe" >/dev/null 2>&1; then
    major=$(clang -dumpversion | cut -d. -f1)
    rt="libclang-rt-${major}-dev"
    is_installed "$rt" || apt_install "$rt"
    if ! clang -fsanitize=fuzzer,address "$probe_dir/probe.c" -o "$probe_dir/probe" >/dev/null 2>&1; then
      echo "bootstrap: clang cannot link a libFuzzer target (is $rt installed?)" >&2
      exit 1
    fi
  fi
fi
exit 0
