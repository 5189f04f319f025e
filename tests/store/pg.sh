#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/store/pg.sh: the event store in PostgreSQL (acta ingest --db
# postgresql://...), against a server this script starts itself (Debian's
# postgresql: initdb and pg_ctl in a temporary directory, listening on a
# Unix socket only) and stops when it ends:
#   - the project's own articles ingested into PostgreSQL give the same
#     events and incidents (acta query, jsonl) as into SQLite;
#   - ingesting again changes nothing;
#   - two acta ingest processes at once on overlapping parts of the input
#     give the same events, incidents and counts as one process on all of
#     it (no duplicate article or event), and so does python3 -m acta.dask
#     --workers 2 --db (workers ingesting partitions at once);
#   - with ACTA_SHARED (or ../shared) present, the same on the shared corpus,
#     with the times printed (a measurement, not a check of speed).
#
#   tests/store/pg.sh path/to/acta
set -u
ACTA=${1:?usage: pg.sh path/to/acta}
ACTA=$(cd "$(dirname "$ACTA")" && pwd)/$(basename "$ACTA")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
export LC_ALL=C
tmp=$(mktemp -d)
chmod 755 "$tmp"
. "$root/tests/cli/lib.sh"  # ok, not_ok, run, check, count

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "not ok - PostgreSQL's initdb not found (Debian package postgresql; make check installs it)"
  exit 1
fi
if ! "$ACTA" query --db postgresql:///none?host=/nonexistent 2>&1 | grep -q -v 'built without'; then
  echo "not ok - this acta was built without libpq (Debian package libpq-dev)"
  exit 1
fi

# The server refuses to run as root: as root it runs as the postgres user
# (the Debian package's) and owns only its data directory.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
data=$tmp/data
sock=$tmp/sock
mkdir -p "$data" "$sock"
[ "$(id -u)" -eq 0 ] && chown postgres "$data" "$sock"
# a port of its own (the socket's name), so that two test runs never meet
port=$((20000 + RANDOM % 20000))
stop() {
  as_pg "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap stop EXIT
if ! as_pg "$pgbin/initdb" -D "$data" -A trust -U acta --locale=C -E UTF8 >"$tmp/initdb.log" 2>&1; then
  not_ok "initdb" "$tmp/initdb.log"
  exit 1
fi
if ! as_pg "$pgbin/pg_ctl" -D "$data" -w -l "$data/server.log" \
     -o "-k $sock -p $port -c listen_addresses= -c fsync=off" start >/dev/null 2>&1; then
  not_ok "pg_ctl start" "$data/server.log"
  exit 1
fi
ok "a PostgreSQL server of its own on $sock"
newdb() {
  "$pgbin/createdb" -h "$sock" -p "$port" -U acta "$1" &&
    echo "postgresql:///$1?host=$sock&port=$port&user=acta"
}
psqlc() { "$pgbin/psql" -h "$sock" -p "$port" -U acta -d "$1" -At -c "$2"; }
counts() {
  psqlc "$1" "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
    (SELECT count(*) FROM figures), (SELECT count(*) FROM incidents),
    (SELECT count(*) FROM mentions), (SELECT count(*) FROM incident_figures)"
}
# what a user reads back: events and incidents, as JSON lines
readback() {
  "$ACTA" query --db "$1" -o jsonl >"$2.events" 2>"$tmp/err" &&
    "$ACTA" query --db "$1" --incidents -o jsonl >"$2.incidents" 2>>"$tmp/err"
}

input=$here/incidents.jsonl

# ------------------------------------------------ the same as SQLite --
one=$(newdb one)
if run "ingest into PostgreSQL" 0 "$ACTA" ingest --db "$one" "$input" &&
   run "ingest into SQLite" 0 "$ACTA" ingest --db "$tmp/one.db" "$input"; then
  readback "$one" "$tmp/pg" && readback "$tmp/one.db" "$tmp/sq"
  check "events read back as from SQLite" cmp -s "$tmp/pg.events" "$tmp/sq.events"
  check "incidents read back as from SQLite" cmp -s "$tmp/pg.incidents" "$tmp/sq.incidents"
  check "some events and an incident of three articles" \
    grep -q '"num_articles":3' "$tmp/pg.incidents"
  before=$(counts one)
  if run "ingest again" 0 "$ACTA" ingest --db "$one" "$input"; then
    check "ingesting again changes nothing ($before)" test "$(counts one)" = "$before"
  fi
fi

# ------------------------------------ two ingests at once, overlapping --
# a larger input: the project's articles under many ids (as the SQLite
# test builds it), split in two parts that share a third of the articles
big=$tmp/big.jsonl
for k in $(seq 1 120); do
  sed "s/\"id\": *\"\([^\"]*\)\"/\"id\":\"\1-$k\"/" "$input"
done >"$big"
n=$(wc -l <"$big")
head -n $((n * 2 / 3)) "$big" >"$tmp/partA.jsonl"
tail -n $((n * 2 / 3)) "$big" >"$tmp/partB.jsonl"
whole=$(newdb whole)
two=$(newdb two)
if run "one ingest of the whole" 0 "$ACTA" ingest --db "$whole" "$big"; then
  "$ACTA" ingest --db "$two" "$tmp/partA.jsonl" 2>"$tmp/errA" & pa=$!
  "$ACTA" ingest --db "$two" "$tmp/partB.jsonl" 2>"$tmp/errB" & pb=$!
  ra=0; rb=0
  wait $pa || ra=$?
  wait $pb || rb=$?
  check "two ingests at once both succeed" test "$ra" -eq 0 -a "$rb" -eq 0
  check "two at once: the same counts as one ($(counts whole))" test "$(counts two)" = "$(counts whole)"
  readback "$whole" "$tmp/w" && readback "$two" "$tmp/t"
  check "two at once: the same events as one" cmp -s "$tmp/w.events" "$tmp/t.events"
  check "two at once: the same incidents as one" cmp -s "$tmp/w.incidents" "$tmp/t.incidents"
  check "no duplicate event id" test "$(psqlc two 'SELECT count(*) - count(DISTINCT id) FROM events')" -eq 0
fi

# ----------------------------------- acta.dask writing into the store --
py=/usr/bin/python3  # Debian's, with python3-distributed
[ -x "$py" ] || py=python3
if "$py" -c 'import distributed' 2>/dev/null; then
  dk=$(newdb dask)
  if run "python3 -m acta.dask --workers 2 --db" 0 env PYTHONPATH="$root/python" ACTA="$ACTA" \
       "$py" -m acta.dask --workers 2 --partition-records 50 --db "$dk" "$big"; then
    check "acta.dask --db: the same counts as one acta ingest" test "$(counts dask)" = "$(counts whole)"
    readback "$dk" "$tmp/d"
    check "acta.dask --db: the same incidents as one acta ingest" cmp -s "$tmp/w.incidents" "$tmp/d.incidents"
  fi
else
  echo "# python3-distributed missing: acta.dask --db not tested"
fi

# ------------------------------------------------ the shared corpus --
shared=$(bash "$root/bench/find_shared.sh" 2>/dev/null || true)
corpus=$shared/corpus/insightcrime-articles.jsonl
if [ -n "$shared" ] && [ -f "$corpus" ]; then
  n=$(wc -l <"$corpus")
  head -n $((n * 2 / 3)) "$corpus" >"$tmp/cA.jsonl"
  tail -n $((n * 2 / 3)) "$corpus" >"$tmp/cB.jsonl"
  cw=$(newdb corpus_whole)
  c2=$(newdb corpus_two)
  t0=$(date +%s.%N)
  "$ACTA" ingest --db "$cw" "$corpus" 2>"$tmp/err"
  t1=$(date +%s.%N)
  "$ACTA" ingest --db "$c2" "$tmp/cA.jsonl" 2>"$tmp/errA" & pa=$!
  "$ACTA" ingest --db "$c2" "$tmp/cB.jsonl" 2>"$tmp/errB" & pb=$!
  wait $pa; wait $pb
  t2=$(date +%s.%N)
  "$ACTA" ingest --db "$tmp/corpus.db" "$corpus" 2>"$tmp/err"
  t3=$(date +%s.%N)
  echo "# shared corpus ($n articles): PostgreSQL one process $(echo "$t1 - $t0" | bc) s," \
       "two at once on overlapping two-thirds $(echo "$t2 - $t1" | bc) s; SQLite $(echo "$t3 - $t2" | bc) s"
  echo "# counts (articles events figures incidents mentions incident_figures): $(counts corpus_whole)"
  check "shared corpus: two at once give the same counts as one" \
    test "$(counts corpus_two)" = "$(counts corpus_whole)"
  readback "$cw" "$tmp/cw" && readback "$c2" "$tmp/c2" && readback "$tmp/corpus.db" "$tmp/cs"
  check "shared corpus: two at once give the same events as one" cmp -s "$tmp/cw.events" "$tmp/c2.events"
  check "shared corpus: two at once give the same incidents as one" cmp -s "$tmp/cw.incidents" "$tmp/c2.incidents"
  check "shared corpus: PostgreSQL reads back as SQLite" cmp -s "$tmp/cw.events" "$tmp/cs.events"
else
  echo "# shared corpus not found: its measurement skipped"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
