#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/cli/data_dir.sh: the data directory end to end: a directory that
# loads only a fraction of itself is an error (exit 3, naming the file),
# never a quiet run that codes nothing; the dictionary image (acta compile,
# the cache): edits take effect, stale, corrupt and truncated images are
# rebuilt, an unwritable cache is no cache, runs at once are safe; the
# part-of-speech model's files are part of the image's key.
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
for f in agents.txt actors.txt countries.txt events.txt cameo.txt discards.txt cues.txt events.d/roots15-20.txt; do
  copy_data "$d"
  [ -f "$d/$f" ] || { not_ok "test data: $f is missing"; continue; }
  : >"$d/$f"
  run "empty $f: exit 3" 3 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
    check "empty $f: the error names it" grep -q "$f: no .* in this dictionary file" "$tmp/err"
done
# cues.txt is optional: without it events keep the categories of their
# codes and actors (the arrest of protesters is still COERCE arrest)
copy_data "$d"
rm "$d/cues.txt"
run "no cues.txt: the data directory loads and codes" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "no cues.txt: the arrest's PLOVER type" grep -q '"plover":{"type":"COERCE","mode":"arrest"' "$tmp/out"
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

# ------------------------------------------------- the dictionary image --
unset ACTA_CACHE
d=$tmp/img
copy_data "$d"
img=$d/acta-dict.img
printf '%s\n' '{"id":"n1","date":"2022-10-27","text":"Norland attacked Iran."}' >"$tmp/nrl.jsonl"
inode() { stat -c %i "$img" 2>/dev/null; }
ACTA_CACHE=off "$ACTA" code --data "$d" "$tmp/in.jsonl" >"$tmp/parsed.out" 2>&1
if run "acta compile" 0 "$ACTA" compile --data "$d"; then
  check "compile prints the image's path" test "$(cat "$tmp/out")" = "$img"
  check "the image lies next to the data" test -s "$img"
fi
i0=$(inode)
run "a run with the image" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"
check "a current image is used, not rewritten" test "$(inode)" = "$i0"

# an edit takes effect on the next run, and the image is rebuilt
printf 'NRL  Norland\n' >>"$d/actors.txt"
run "after an edit of actors.txt" 0 "$ACTA" code --data "$d" -o tsv "$tmp/nrl.jsonl" &&
  check "the new actor codes" grep -q -E '^n1	0	2022-10-27	NRL	' "$tmp/out"
i1=$(inode)
check "the stale image was replaced" test -n "$i1" -a "$i1" != "$i0"
run "the run after" 0 "$ACTA" code --data "$d" -o tsv "$tmp/nrl.jsonl" &&
  check "still codes the new actor (from the new image)" grep -q -E '^n1	0	2022-10-27	NRL	' "$tmp/out"
check "... which it did not rewrite" test "$(inode)" = "$i1"
# the same file content under a new timestamp is the same image
touch "$d/actors.txt"
run "after touching actors.txt" 0 "$ACTA" code --data "$d" "$tmp/nrl.jsonl" &&
  check "the image is still current (its key is the content)" test "$(inode)" = "$i1"
head -n -1 "$d/actors.txt" >"$d/a" && mv "$d/a" "$d/actors.txt"
"$ACTA" code --data "$d" "$tmp/in.jsonl" >/dev/null 2>&1 # the image of that

# the part-of-speech model is in the image; its files' identity (path,
# size, time, inode) is in the key, as WordNet's is
tg=$tmp/tagger
mkdir -p "$tg"
cp "${ACTA_TAGGER_DIR:-/usr/share/perl5/Lingua/EN/Tagger}"/{words,tags}.yml "$tg"/
printf '%s\n' '{"id":"d1","text":"Soldiers saw her duck."}' >"$tmp/duck.jsonl"
i3=$(inode)
run "another model directory (ACTA_TAGGER_DIR)" 0 env ACTA_TAGGER_DIR="$tg" "$ACTA" explain --data "$d" "Soldiers saw her duck." &&
  check "the model's reading: 'duck' a noun" grep -q '^  duck/NOUN NN$' "$tmp/out"
i4=$(inode)
check "... makes another image" test -n "$i4" -a "$i4" != "$i3"
run "the run after" 0 env ACTA_TAGGER_DIR="$tg" "$ACTA" code --data "$d" "$tmp/duck.jsonl" &&
  check "... maps it, not rewritten" test "$(inode)" = "$i4"
sed -i 's/^duck: .*/duck: { vb: 2000 }/' "$tg/words.yml"
touch -d '2001-01-01' "$tg/words.yml"
run "after an edit of the model's words.yml" 0 env ACTA_TAGGER_DIR="$tg" "$ACTA" explain --data "$d" "Soldiers saw her duck." &&
  check "the edited counts make 'duck' a verb" grep -q '^  duck/VERB\[duck\] VB$' "$tmp/out"
check "... from a new image" test "$(inode)" != "$i4"
mv "$tg/words.yml" "$tg/w" && mv "$tg/w" "$tg/words.yml" # same file, renamed
i5=$(inode)
run "the model file renamed away and back" 0 env ACTA_TAGGER_DIR="$tg" "$ACTA" code --data "$d" "$tmp/duck.jsonl" &&
  check "... the image is still current" test "$(inode)" = "$i5"
cp -p "$tg/words.yml" "$tg/w" && mv "$tg/w" "$tg/words.yml"
run "the model file replaced by a copy (another inode)" 0 env ACTA_TAGGER_DIR="$tg" "$ACTA" code --data "$d" "$tmp/duck.jsonl" &&
  check "... is another image" test "$(inode)" != "$i5"
rm "$tg/tags.yml"
run "a model directory without tags.yml: exit 3" 3 env ACTA_TAGGER_DIR="$tg" "$ACTA" code --data "$d" "$tmp/duck.jsonl" &&
  check "... naming it and the package" grep -q "tags.yml: cannot read the part-of-speech model (install liblingua-en-tagger-perl" "$tmp/err"
"$ACTA" code --data "$d" "$tmp/in.jsonl" >/dev/null 2>&1 # the default model's image again

# corrupt and truncated images are rebuilt, never trusted
size=$(stat -c %s "$img")
printf '\377\377\377\377' | dd of="$img" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
i2=$(inode)
run "a corrupt image" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"
check "the corrupt image was replaced" test "$(inode)" != "$i2"
truncate -s $((size / 2)) "$img"
run "a truncated image" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"
check "the truncated image was rewritten whole" test "$(stat -c %s "$img")" -eq "$size"
echo "not an image" >"$img"
run "a file that is no image" 0 "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"

# an unwritable cache place is no cache, with one note, never a failure
rm -f "$img"
echo "a file" >"$tmp/file"
run "ACTA_CACHE under a file" 0 env ACTA_CACHE="$tmp/file/cache" "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"
check "one note says so" test "$(grep -c 'note: cannot keep the compiled dictionaries' "$tmp/err")" -eq 1
check "nothing else on stderr" test "$(wc -l <"$tmp/err")" -eq 1
check "no image was left in the data directory" test ! -e "$img"
run "ACTA_CACHE=DIR" 0 env ACTA_CACHE="$tmp/cache" "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "the image goes to DIR" test "$(ls "$tmp/cache" | grep -c '^dict-.*\.img$')" -eq 1

# several runs at once with no image: all code, one whole image, no
# temporary file left
rm -rf "$tmp/cache"
pids=
for k in 1 2 3 4; do
  ACTA_CACHE="$tmp/cache" "$ACTA" code --data "$d" "$tmp/in.jsonl" >"$tmp/par$k.out" 2>"$tmp/par$k.err" &
  pids="$pids $!"
done
allok=1
for p in $pids; do wait "$p" || allok=0; done
check "four runs at once: all exit 0" test "$allok" -eq 1
for k in 1 2 3 4; do
  check "run $k codes as the parsed dictionaries" cmp -s "$tmp/par$k.out" "$tmp/parsed.out"
done
check "one image, no temporary files" test "$(ls -A "$tmp/cache" | wc -l)" -eq 1
run "the image they left is current" 0 env ACTA_CACHE="$tmp/cache" "$ACTA" code --data "$d" "$tmp/in.jsonl" &&
  check "and codes as the parsed dictionaries" cmp -s "$tmp/out" "$tmp/parsed.out"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
