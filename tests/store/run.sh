#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/store/run.sh: the event store end to end (acta ingest, query) on
# the project's own articles:
#   - three outlets' reports of one attack form one incident with three
#     articles and their figures side by side; the same dyad in the same
#     town nine days later is another incident (incidents.jsonl);
#   - ingesting twice gives the same database; a run killed with kill -9
#     halfway and run again gives the same database as a clean run;
#   - changed content replaces an article's events;
#   - the filters; --output csv through sqlite3 .import and Python's csv;
#     --output gdelt rows have 61 fields and load into a GDELT 2.0 Events
#     table; gdelt-mentions rows 16; plover lines are JSON.
#
#   tests/store/run.sh path/to/acta
set -u
ACTA=${1:?usage: run.sh path/to/acta}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$root/tests/cli/lib.sh"  # ok, not_ok, run, check, count

q() { sqlite3 "$1" "$2"; }
# the content of a database, table by table in a fixed order (the WAL is
# read through, whatever has been checkpointed)
dump() {
  for t in meta articles events figures incidents mentions incident_figures; do
    echo "== $t"
    sqlite3 "$1" "SELECT * FROM $t ORDER BY 1, 2"
  done
}

# ------------------------------------------------------------ incidents --
db=$tmp/inc.db
if run "ingest incidents.jsonl" 0 "$ACTA" ingest --db "$db" "$here/incidents.jsonl"; then
  check "ingest is quiet when stderr is not a terminal" test ! -s "$tmp/err"
  check "seven articles stored" test "$(q "$db" 'SELECT count(*) FROM articles')" -eq 7
  check "WAL journal" test "$(q "$db" 'PRAGMA journal_mode')" = wal
  goma=$(q "$db" "SELECT id FROM incidents WHERE location_name='Goma' AND first_date='2023-03-13'")
  check "one incident in Goma on 2023-03-13" test "$(echo "$goma" | wc -w)" -eq 1
  check "... reported by 3 articles from 3 sources" \
    test "$(q "$db" "SELECT num_articles || ' ' || num_sources FROM incidents WHERE id=$goma")" = "3 3"
  check "... whose events are all its mentions" \
    test "$(q "$db" "SELECT count(*) FROM mentions WHERE incident_id=$goma")" -eq \
         "$(q "$db" "SELECT num_mentions FROM incidents WHERE id=$goma")"
  check "... figures side by side with who gave each" \
    test "$(q "$db" "SELECT figures FROM incidents WHERE id=$goma")" = \
      "killed 3-7: at least 3 (a rights group), 5 (local activists), as many as 7 (a rights monitor)"
  check "... each reported value a row" \
    test "$(q "$db" "SELECT group_concat(qualifier || ':' || value || ':' || reporter, '|') FROM (SELECT * FROM incident_figures WHERE incident_id=$goma ORDER BY value)")" = \
      "at_least:3.0:a rights group|exact:5.0:local activists|up_to:7.0:a rights monitor"
  check "... its reporters" \
    test "$(q "$db" "SELECT reporters FROM incidents WHERE id=$goma")" = "a rights monitor; a rights group; local activists"
  later=$(q "$db" "SELECT count(*) FROM incidents WHERE location_name='Goma' AND first_date='2023-03-22' AND num_articles=1 AND source_code='CODREB' AND target_code='CODCOP'")
  check "the same dyad in Goma nine days later is another incident" test "$later" -eq 1
  check "an arrest in Bukavu the same day is another incident" \
    test "$(q "$db" "SELECT count(*) FROM incidents WHERE location_name='Bukavu' AND root='17'")" -eq 1
  check "the same dyad the same day in another town is another incident" \
    test "$(q "$db" "SELECT count(*) FROM incidents WHERE location_name='Bukavu' AND root='19' AND source_code='CODREB' AND num_articles=1")" -eq 1
  check "a part is not merged with its total" \
    test "$(q "$db" "SELECT group_concat(role || ':' || value, ' ') FROM (SELECT * FROM incident_figures WHERE kind='arrested' AND article_id='esc-1' ORDER BY value)")" = "part:6.0 total:40.0"
  # a narrower window is a setting kept in the database
  if run "ingest --window 0" 0 "$ACTA" ingest --db "$db" --window 0 "$here/incidents.jsonl"; then
    check "--window 0: kept in meta" test "$(q "$db" "SELECT value FROM meta WHERE key='incident_window_days'")" -eq 0
    check "--window 0: the report dated a day later still joins (same event date)" \
      test "$(q "$db" "SELECT num_articles FROM incidents WHERE location_name='Goma' AND first_date='2023-03-13'")" -eq 3
  fi
  run "ingest --window 3" 0 "$ACTA" ingest --db "$db" --window 3 "$here/incidents.jsonl"
fi

# on a terminal (script(1) gives it one): progress with articles/s
if command -v script >/dev/null; then
  script -qec "'$ACTA' ingest --db '$tmp/tty.db' '$here/incidents.jsonl'" /dev/null >"$tmp/tty.out" 2>&1
  check "ingest on a terminal shows progress" grep -q 'acta: ingest: 7 articles (7 new, 0 changed, 0 unchanged), [0-9]* articles/s' "$tmp/tty.out"
fi

# ------------------------------------------------------------- queries --
if run "query --incidents -o jsonl" 0 "$ACTA" query --db "$db" --incidents; then
  check "query --incidents: one line per incident" \
    test "$(wc -l <"$tmp/out")" -eq "$(q "$db" 'SELECT count(*) FROM incidents')"
  check "query --incidents: reported_figures listed" grep -q '"reported_figures":\[{"kind":"killed"' "$tmp/out"
fi
run "query --country COD" 0 "$ACTA" query --db "$db" --country cod &&
  check "--country COD: only Congolese events" test "$(grep -c '"source_country":"COD"' "$tmp/out")" -eq "$(wc -l <"$tmp/out")"
run "query --root 17" 0 "$ACTA" query --db "$db" --root 17 -o tsv &&
  check "--root 17: the arrests" test "$(awk -F'\t' 'NR>1 && $15 != "17"' "$tmp/out" | wc -l)" -eq 0
run "query --from --to" 0 "$ACTA" query --db "$db" --from 2023-03-20 --to 2023-03-31 -o tsv &&
  check "--from/--to: the later attack only" test "$(tail -n +2 "$tmp/out" | cut -f2 | sort -u)" = kmp-9
run "query --reported-by activists" 0 "$ACTA" query --db "$db" --reported-by activists -o tsv &&
  check "--reported-by: words of the reporter" test "$(tail -n +2 "$tmp/out" | cut -f2 | sort -u)" = lw-7
run "query --actor CODREB --status asserted --incidents" 0 "$ACTA" query --db "$db" --actor codreb --status asserted --incidents -o tsv &&
  check "--actor: the three attacks" test "$(tail -n +2 "$tmp/out" | wc -l)" -eq 3
run "query -o nonsense" 2 "$ACTA" query --db "$db" -o nonsense
run "query on a missing database" 4 "$ACTA" query --db "$tmp/none.db" &&
  check "no database: says to ingest" grep -q 'acta ingest' "$tmp/err"

for fmt in csv tsv; do
  run "query -o $fmt" 0 "$ACTA" query --db "$db" -o $fmt && cp "$tmp/out" "$tmp/events.$fmt"
  run "query --incidents -o $fmt" 0 "$ACTA" query --db "$db" --incidents -o $fmt && cp "$tmp/out" "$tmp/incidents.$fmt"
done
run "query -o jsonl" 0 "$ACTA" query --db "$db" && cp "$tmp/out" "$tmp/events.jsonl"
rm -f "$tmp/rt.db"
for t in events incidents; do
  sqlite3 "$tmp/rt.db" ".mode csv" ".import $tmp/$t.csv ${t}_csv" ".mode tabs" ".import $tmp/$t.tsv ${t}_tsv" 2>"$tmp/imp.err"
  check "sqlite3 .import of $t csv and tsv: no complaint" test ! -s "$tmp/imp.err"
done
if python3 - "$tmp" >"$tmp/py.out" 2>&1 <<'PY'
import csv, json, sqlite3, sys
tmp = sys.argv[1]
db = sqlite3.connect(f"{tmp}/rt.db")
ev = [json.loads(l) for l in open(f"{tmp}/events.jsonl", encoding="utf-8")]
for t in ("events", "incidents"):
    for fmt, delim in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.reader(open(f"{tmp}/{t}.{fmt}", newline="", encoding="utf-8"), delimiter=delim, strict=True))
        sq = [["" if v is None else str(v) for v in r] for r in db.execute(f"SELECT * FROM {t}_{fmt} ORDER BY rowid")]
        assert sq == rows[1:], (t, fmt, "sqlite and python csv differ")
        assert all(len(r) == len(rows[0]) for r in rows), (t, fmt, "ragged")
    if t == "events":
        assert len(rows) - 1 == len(ev), ("rows", len(rows) - 1, len(ev))
        h = rows[0]
        for r, e in zip(rows[1:], ev):
            for k in ("id", "doc_id", "sentence_text", "source_text", "target_text", "event_name", "publisher"):
                want = "" if e[k] is None else " ".join(e[k].split("\n")) if "\n" in e[k] else e[k]
                assert r[h.index(k)] == want, (k, r[h.index(k)], want)
        assert any('"' in c for r in rows for c in r) and any("," in c for r in rows for c in r)
print("csv round trip ok")
PY
then ok "query csv/tsv read back by sqlite3 .import and python csv"; else not_ok "query csv/tsv round trip"; cat "$tmp/py.out"; fi

# GDELT 2.0 Events: 61 columns, loaded into a table of GDELT's schema
gdelt_cols="GLOBALEVENTID INTEGER, SQLDATE INTEGER, MonthYear INTEGER, Year INTEGER, FractionDate REAL,
 Actor1Code TEXT, Actor1Name TEXT, Actor1CountryCode TEXT, Actor1KnownGroupCode TEXT, Actor1EthnicCode TEXT,
 Actor1Religion1Code TEXT, Actor1Religion2Code TEXT, Actor1Type1Code TEXT, Actor1Type2Code TEXT, Actor1Type3Code TEXT,
 Actor2Code TEXT, Actor2Name TEXT, Actor2CountryCode TEXT, Actor2KnownGroupCode TEXT, Actor2EthnicCode TEXT,
 Actor2Religion1Code TEXT, Actor2Religion2Code TEXT, Actor2Type1Code TEXT, Actor2Type2Code TEXT, Actor2Type3Code TEXT,
 IsRootEvent INTEGER, EventCode TEXT, EventBaseCode TEXT, EventRootCode TEXT, QuadClass INTEGER, GoldsteinScale REAL,
 NumMentions INTEGER, NumSources INTEGER, NumArticles INTEGER, AvgTone REAL,
 Actor1Geo_Type INTEGER, Actor1Geo_FullName TEXT, Actor1Geo_CountryCode TEXT, Actor1Geo_ADM1Code TEXT, Actor1Geo_ADM2Code TEXT,
 Actor1Geo_Lat REAL, Actor1Geo_Long REAL, Actor1Geo_FeatureID TEXT,
 Actor2Geo_Type INTEGER, Actor2Geo_FullName TEXT, Actor2Geo_CountryCode TEXT, Actor2Geo_ADM1Code TEXT, Actor2Geo_ADM2Code TEXT,
 Actor2Geo_Lat REAL, Actor2Geo_Long REAL, Actor2Geo_FeatureID TEXT,
 ActionGeo_Type INTEGER, ActionGeo_FullName TEXT, ActionGeo_CountryCode TEXT, ActionGeo_ADM1Code TEXT, ActionGeo_ADM2Code TEXT,
 ActionGeo_Lat REAL, ActionGeo_Long REAL, ActionGeo_FeatureID TEXT, DATEADDED INTEGER, SOURCEURL TEXT"
if run "query -o gdelt" 0 "$ACTA" query --db "$db" -o gdelt; then
  cp "$tmp/out" "$tmp/gdelt.tsv"
  check "gdelt: one row per incident" test "$(wc -l <"$tmp/gdelt.tsv")" -eq "$(q "$db" 'SELECT count(*) FROM incidents')"
  check "gdelt: every row has 61 fields" test "$(awk -F'\t' 'NF != 61' "$tmp/gdelt.tsv" | wc -l)" -eq 0
  sqlite3 "$tmp/g.db" "CREATE TABLE events ($gdelt_cols)" ".mode tabs" ".import $tmp/gdelt.tsv events" 2>"$tmp/g.err"
  check "gdelt: sqlite3 .import into a GDELT 2.0 table: no complaint" test ! -s "$tmp/g.err"
  check "gdelt: the Goma incident's counts in NumMentions/NumSources/NumArticles" \
    test "$(q "$tmp/g.db" "SELECT NumMentions || ' ' || NumSources || ' ' || NumArticles FROM events WHERE GLOBALEVENTID=$goma")" = \
         "$(q "$db" "SELECT num_mentions || ' ' || num_sources || ' ' || num_articles FROM incidents WHERE id=$goma")"
  check "gdelt: codes, date and place in their columns" \
    test "$(q "$tmp/g.db" "SELECT SQLDATE || ' ' || Actor1Code || ' ' || Actor2Code || ' ' || EventCode || ' ' || EventRootCode || ' ' || QuadClass || ' ' || ActionGeo_CountryCode FROM events WHERE GLOBALEVENTID=$goma")" = \
      "20230313 CODREB CODCOP 190 19 4 COD"
fi
if run "query -o gdelt-mentions" 0 "$ACTA" query --db "$db" -o gdelt-mentions; then
  check "gdelt-mentions: every row has 16 fields" test "$(awk -F'\t' 'NF != 16' "$tmp/out" | wc -l)" -eq 0
  check "gdelt-mentions: one row per mention" test "$(wc -l <"$tmp/out")" -eq "$(q "$db" 'SELECT count(*) FROM mentions')"
  check "gdelt-mentions: the Goma incident's rows" test "$(awk -F'\t' -v g="$goma" '$1 == g' "$tmp/out" | wc -l)" -eq \
    "$(q "$db" "SELECT num_mentions FROM incidents WHERE id=$goma")"
fi
if run "query -o plover" 0 "$ACTA" query --db "$db" -o plover; then
  check "plover: JSON lines of PLOVER events" \
    python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert r and all(x["event"] and x["doc_id"] for x in r)' "$tmp/out"
fi

# ------------------------------------------ idempotence, kill -9, changes --
# A corpus of the project's own sentences, large enough to kill halfway.
python3 - "$tmp/corpus.jsonl" <<'PY'
import json, sys
towns = ["Goma", "Bukavu", "Kinshasa", "Tehran", "Mandalay", "Lyon", "Aleppo", "Kharkiv"]
acts = ["Police arrested {n} protesters in {t} on Monday.",
        "Rebels attacked a military convoy near {t} on Tuesday, killing {n} soldiers, local officials said.",
        "Soldiers fired tear gas at demonstrators in {t}, a rights group said.",
        "The government denied that troops shelled villages near {t}.",
        "Protesters gathered outside the parliament in {t} to demand the release of {n} students."]
with open(sys.argv[1], "w") as f:
    for i in range(2400):
        day = 1 + i % 28
        text = " ".join(acts[(i + k) % len(acts)].format(n=2 + (i * 7 + k) % 40, t=towns[(i + k) % len(towns)]) for k in range(3))
        f.write(json.dumps({"id": f"c{i}", "date": f"2023-02-{day:02d}", "publisher": f"Outlet {i % 5}", "text": text}) + "\n")
PY
clean=$tmp/clean.db
if run "ingest the corpus (clean run)" 0 "$ACTA" ingest --db "$clean" --threads 2 "$tmp/corpus.jsonl"; then
  dump "$clean" >"$tmp/clean.dump"
  check "corpus: 2400 articles" test "$(q "$clean" 'SELECT count(*) FROM articles')" -eq 2400
  run "ingest the corpus again" 0 "$ACTA" ingest --db "$clean" --threads 2 "$tmp/corpus.jsonl"
  dump "$clean" >"$tmp/again.dump"
  check "ingesting twice gives the same database" cmp -s "$tmp/clean.dump" "$tmp/again.dump"

  killed=$tmp/killed.db
  "$ACTA" ingest --db "$killed" --threads 2 "$tmp/corpus.jsonl" 2>/dev/null &
  pid=$!
  for _ in $(seq 1 400); do
    n=$(sqlite3 "$killed" 'SELECT count(*) FROM articles' 2>/dev/null || echo 0)
    [ "${n:-0}" -ge 500 ] && break
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  n=$(q "$killed" 'SELECT count(*) FROM articles')
  check "kill -9 halfway: some but not all articles were in ($n)" test "$n" -gt 0 -a "$n" -lt 2400
  check "kill -9 halfway: the database is consistent" test "$(q "$killed" 'PRAGMA integrity_check')" = ok
  check "kill -9 halfway: every stored article has all its events" \
    test "$(q "$killed" 'SELECT count(*) FROM articles a WHERE nevents != (SELECT count(*) FROM events e WHERE e.article_id = a.id)')" -eq 0
  run "ingest again after kill -9" 0 "$ACTA" ingest --db "$killed" --threads 2 "$tmp/corpus.jsonl"
  dump "$killed" >"$tmp/killed.dump"
  check "killed and re-run gives the same database as a clean run" cmp -s "$tmp/clean.dump" "$tmp/killed.dump"

  # changed content replaces that article's events, nothing else
  sed 's/"id": "c5", \(.*\)Police arrested [0-9]* protesters/"id": "c5", \1Police arrested 99 protesters/' "$tmp/corpus.jsonl" >"$tmp/changed.jsonl"
  before=$(q "$clean" "SELECT count(*) FROM events WHERE article_id != 'c5'")
  if run "ingest with one article changed" 0 "$ACTA" ingest --db "$clean" --stats "$tmp/changed.jsonl"; then
    check "changed: one article replaced" grep -q '0 new, 1 changed, 2399 unchanged' "$tmp/err"
    check "changed: its new figure is stored" test "$(q "$clean" "SELECT count(*) FROM figures WHERE event_id LIKE 'c5#%' AND value = 99")" -ge 1
    check "changed: no old figure left" test "$(q "$clean" "SELECT count(*) FROM figures f JOIN events e ON e.id = f.event_id WHERE e.article_id = 'c5' AND e.sentence_text NOT LIKE '%' || cast(f.value AS INTEGER) || '%'")" -eq 0
    check "changed: the other articles' events untouched" test "$(q "$clean" "SELECT count(*) FROM events WHERE article_id != 'c5'")" -eq "$before"
  fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
