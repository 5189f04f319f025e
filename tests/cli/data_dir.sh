#!/usr/bin/env bash
# tests/cli/data_dir.sh: the data directory end to end: a directory that
# loads only a fraction of itself is an error (exit 3, naming the file),
# never a quiet run that codes nothing.
#
#   tests/cli/data_dir.sh path/to/acta
#
# Copies ACTA_DATA_DIR (CTest: <source>/data) into a temporary directory
# and breaks the copies.  Prints "ok"/"not ok" lines and a closing count;
# exits non-zero if any check failed.
set -u

ACTA=${1:?usage: data_dir.sh path/to/acta}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${ACTA_DATA_DIR:-$root/data}
export LC_ALL=C
unset ACTA_DATA_DIR

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
. "$here/lib.sh"  # ok, not_ok, run, check, count

# a fresh copy of the dictionaries in $1
copy_data() {
  rm -rf "$1"
  mkdir -p "$1"
  cp "$src"/*.txt "$1"/
  cp -r "$src/events.d" "$1"/
}

printf '%s\n' '{"id":"t1","date":"2022-10-27","text":"Police arrested protesters in Tehran."}' >"$tmp/in.jsonl"
patterns() { sed -n 's/^  event patterns *//p' "$tmp/out"; }

# ------------------------------------------- dictionaries that vanish -----
export ACTA_CACHE=off
d=$tmp/data
copy_data "$d"
run "the copied data directory loads" 0 "$ACTA" --version --data "$d" &&
  full=$(patterns) && check "it has event patterns from events.d too" test "${full:-0}" -gt 1200

# events.d that cannot be read as a directory (used to drop 1,039 of 1,285
# patterns with exit 0)
rm -r "$d/events.d"
echo "not a directory" >"$d/events.d"
run "events.d that is not a directory: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "the error names events.d" grep -q "events.d: cannot read dictionary directory" "$tmp/err"
if [ "$(id -u)" -ne 0 ]; then # root reads any directory
  copy_data "$d"
  chmod 000 "$d/events.d"
  run "unreadable events.d: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
    check "the error names events.d" grep -q "events.d" "$tmp/err"
  chmod 755 "$d/events.d"
fi

# a data path of 1,009 bytes: "DIR/countries.txt" fit in char path[1024],
# "DIR/events.d/*.txt" did not, and events.d was dropped with exit 0
long=$tmp
while [ ${#long} -lt 960 ]; do long=$long/dddddddddddddddddddddddddddddddddddddddd; done
long=$long/$(printf '%*s' $((1009 - ${#long} - 1)) '' | tr ' ' e)
copy_data "$long"
run "a data directory at a ${#long}-byte path loads" 0 "$ACTA" --version --data "$long" &&
  check "... all of it (the same event patterns)" test "$(patterns)" = "$full"
run "... and codes" 0 "$ACTA" code --data "$long" "$tmp/in.jsonl" &&
  check "... the arrest" grep -q '"cameo":"173"' "$tmp/out"

# empty dictionary files (an empty agents.txt turned every article into
# no_event with exit 0, even with --strict)
for f in agents.txt actors.txt countries.txt events.txt cameo.txt discards.txt events.d/roots15-20.txt; do
  copy_data "$d"
  [ -f "$d/$f" ] || { not_ok "test data: $f is missing"; continue; }
  : >"$d/$f"
  run "empty $f: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
    check "empty $f: the error names it" grep -q "$f: no .* in this dictionary file" "$tmp/err"
done
copy_data "$d"
: >"$d/agents.txt"
run "empty agents.txt with --strict: exit 3" 3 "$ACTA" code --strict --data "$d" "$tmp/in.jsonl" &&
  ok "empty agents.txt with --strict: exit 3"
copy_data "$d"
printf '# only comments\n\n# here\n' >"$d/events.d/roots15-20.txt"
run "a comment-only events.d file: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "... naming it" grep -q "roots15-20.txt: no entries" "$tmp/err"
copy_data "$d"
printf 'cop police\nOPP\n' >"$d/agents.txt"
run "agents.txt with every line malformed: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "... the malformed lines are reported, then the file" \
    test "$(grep -c 'agents.txt:[12]: ' "$tmp/err")" -eq 2 -a "$(grep -c 'agents.txt: no entries' "$tmp/err")" -eq 1
copy_data "$d"
rm "$d/discards.txt"
mkdir "$d/discards.txt"
run "discards.txt that is a directory: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "... naming it" grep -q "discards.txt:1: cannot read dictionary file" "$tmp/err"
copy_data "$d"
rm "$d/discards.txt"
run "no discards.txt at all is fine (it is optional)" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  ok "no discards.txt at all: exit 0 (it is optional)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
