#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# find_shared.sh: finds the shared data folder (corpus, dev sets, peer
# coders) that `make bench` and `make eval` measure with.
#
#   bench/find_shared.sh [CHECKOUT]       (default: this script's checkout)
#
# Prints the folder's absolute path on stdout and exits 0; or prints every
# place it looked on stderr and exits 1.  Looks, in order, at:
#   1. $ACTA_SHARED, when set (it must then be a shared folder: a wrong
#      setting is an error, never passed over);
#   2. CHECKOUT/../shared;
#   3. for a git worktree, ../shared beside the main checkout (the git
#      common dir's work tree);
#   4. for a clone of a local repository, ../shared beside the repository
#      that remote.origin.url names and beside that one's main checkout
#      (following up to three clones of clones).
# A shared folder is a directory holding corpus/, dev/ or peer/.
set -uo pipefail

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
looked=()

is_shared() {
  [ -d "$1/corpus" ] || [ -d "$1/dev" ] || [ -d "$1/peer" ]
}

found() {
  (cd "$1" && pwd -P)
  exit 0
}

try() {
  local l
  for l in "${looked[@]}"; do [ "${l%% (*}" = "$1" ] && return; done
  looked+=("$1 ($2)")
  if is_shared "$1"; then found "$1"; fi
}

# A git repository at $1: ../shared beside it, then beside its main checkout.
try_repo() {
  local dir=$1 how=$2 common
  [ -d "$dir" ] || { looked+=("$dir: no such directory ($how)"); return; }
  case $dir in */.git) dir=$(dirname "$dir") ;; esac
  try "$dir/../shared" "$how"
  common=$(git -C "$dir" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) || return
  case $common in
    */.git) try "$(dirname "$common")/../shared" "beside the main checkout of $dir" ;;
    *) try "$common/../shared" "beside the bare repository of $dir" ;;
  esac
}

if [ -n "${ACTA_SHARED:-}" ]; then
  if is_shared "$ACTA_SHARED"; then found "$ACTA_SHARED"; fi
  echo "find_shared: ACTA_SHARED=$ACTA_SHARED is not a shared folder (no corpus/, dev/ or peer/ in it)" >&2
  exit 1
fi

try_repo "$root" "beside the checkout"

# Follow remote.origin.url through up to three local clones.
repo=$root
for _ in 1 2 3; do
  url=$(git -C "$repo" config remote.origin.url 2>/dev/null || true)
  case $url in
    file://*) url=${url#file://} ;;
    /*) ;;
    *:*|'') break ;;  # a remote host, or no origin
    *) url=$(cd "$repo" && cd "$url" 2>/dev/null && pwd) || break ;;
  esac
  try_repo "$url" "beside remote.origin.url of $repo"
  repo=$url
done

echo "find_shared: no shared folder (corpus/, dev/, peer/) found; looked at:" >&2
for l in "${looked[@]}"; do echo "  $l" >&2; done
echo "find_shared: set ACTA_SHARED=/path/to/shared to name it" >&2
exit 1
