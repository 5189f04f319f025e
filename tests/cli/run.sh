#!/usr/bin/env bash
# tests/cli/run.sh: end-to-end tests of the acta command line.
#
#   tests/cli/run.sh path/to/acta
#
# Uses ACTA_DATA_DIR (CTest sets it to <source>/data; default: the data/ dir
# beside this script).  Writes its inputs to a temporary directory.  Prints
# one "ok"/"not ok" line per check and a closing "N passed, N failed" line;
# exits non-zero if any check failed.
set -u

ACTA=${1:?usage: run.sh path/to/acta}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
export LC_ALL=C

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. "$here/lib.sh"  # ok, not_ok, run, check, count

# ---------------------------------------------------------------- inputs --
good='{"id":"good1","date":"2022-10-27","text":"Police arrested protesters in Tehran on Thursday."}'
notext='{"id":"notext1","date":"2022-10-27","title":"no text here"}'
notjson='this line is not JSON'
badutf=$(printf '{"id":"badutf1","date":"2022-10-27","text":"Police arrested \377 protesters."}')
calm='{"id":"calm1","date":"2022-10-27","text":"The weather was mild on Tuesday."}'

printf '%s\n' "$good" "$notext" "$notjson" "$badutf" "$calm" >"$tmp/mixed.jsonl"
printf '%s\n' "$good" "$calm" >"$tmp/good.jsonl"
: >"$tmp/big.jsonl"
for i in $(seq 1 60); do
  printf '%s\n' "$good" "$notext" "$notjson" "$badutf" "$calm" |
    sed "s/\"id\":\"\\([a-z0-9]*\\)\"/\"id\":\"\\1-$i\"/" >>"$tmp/big.jsonl"
done
printf 'Police arrested protesters in Tehran on Thursday.\n' >"$tmp/article.txt"

# ------------------------------------------------------------ --help etc. --
if run "--help" 0 "$ACTA" --help; then
  check "--help mentions the code and explain commands" \
    grep -q -E 'code' "$tmp/out"
  check "--help mentions explain" grep -q 'explain' "$tmp/out"
fi

version=$(sed -n 's/^#define ACTA_VERSION "\(.*\)".*/\1/p' "$root/src/acta.h")
if run "--version" 0 "$ACTA" --version; then
  check "--version prints $version" grep -q -F "$version" "$tmp/out"
fi

run "unknown option is a usage error" 2 "$ACTA" --no-such-option && ok "unknown option: exit 2"
run "unknown command is a usage error" 2 "$ACTA" frobnicate && ok "unknown command: exit 2"
run "bad --format is a usage error" 2 "$ACTA" code --format xml "$tmp/good.jsonl" &&
  ok "bad --format: exit 2"

# --------------------------------------------------- mixed JSON lines -----
if run "code mixed.jsonl (some records are errors)" 1 "$ACTA" code "$tmp/mixed.jsonl"; then
  ok "code mixed.jsonl: exit 1"
  cp "$tmp/out" "$tmp/mixed.out"
  n_good=$(grep -c '"doc_id":"good1"' "$tmp/mixed.out" || true)
  n_good_ev=$(grep '"doc_id":"good1"' "$tmp/mixed.out" | grep -c '^{"type":"event"' || true)
  check "good record: >= 1 line, all events" test "$n_good" -ge 1 -a "$n_good" -eq "$n_good_ev"
  # an error record names the record by doc_id when it is known, else by line
  check "missing text: one error record" \
    test "$(grep '^{"type":"error"' "$tmp/mixed.out" | grep -c -E '"doc_id":"notext1"|"line":2[,}]')" -eq 1
  check "not JSON: one error record with its line number" \
    test "$(grep '^{"type":"error"' "$tmp/mixed.out" | grep -c '"line":3[,}]')" -eq 1
  check "invalid UTF-8: one error record" \
    test "$(grep '^{"type":"error"' "$tmp/mixed.out" | grep -c -E '"doc_id":"badutf1"|"line":4[,}]')" -eq 1
  check "no-event text: one no_event record" \
    test "$(grep '"doc_id":"calm1"' "$tmp/mixed.out" | grep -c '^{"type":"no_event"')" -eq 1
  check "one output line per record (events aside)" \
    test "$(wc -l <"$tmp/mixed.out")" -eq $((n_good + 4))
  check "every output line is a typed JSON object" \
    test "$(grep -c -v -E '^\{"type":"(event|no_event|error)".*\}$' "$tmp/mixed.out")" -eq 0
  # records come out in input order
  # records come out in input order (key: doc_id, else line number)
  order=$(sed -e 's/.*"doc_id":"\([a-z0-9]*\)".*/\1/' -e 's/.*"line":\([0-9]*\).*/line\1/' "$tmp/mixed.out" | uniq | tr '\n' ' ')
  check "records in input order" test "$order" = "good1 notext1 line3 badutf1 calm1 " -o \
    "$order" = "good1 line2 line3 line4 calm1 "
  check "output is valid UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/mixed.out" -o /dev/null
fi

run "code good.jsonl" 0 "$ACTA" code "$tmp/good.jsonl" && ok "code good.jsonl: exit 0"

# ---------------------------------------------------------------- TSV -----
if run "code --format tsv" 0 "$ACTA" code --format tsv "$tmp/good.jsonl"; then
  cp "$tmp/out" "$tmp/good.tsv"
  check "--format tsv: header line first" grep -q -E '^doc_id	' <(head -n 1 "$tmp/good.tsv")
  check "--format tsv: header printed once" test "$(count 'doc_id	' "$tmp/good.tsv")" -eq 1
  cols=$(head -n 1 "$tmp/good.tsv" | awk -F '\t' '{print NF}')
  check "--format tsv: header has >= 10 columns" test "$cols" -ge 10
  check "--format tsv: every row has the header's columns" \
    test "$(awk -F '\t' -v n="$cols" 'NF != n' "$tmp/good.tsv" | wc -l)" -eq 0
  check "--format tsv: the good record has a row" grep -q -E '^good1	' "$tmp/good.tsv"
  if run "code --output tsv" 0 "$ACTA" code --output tsv "$tmp/good.jsonl"; then
    check "--output tsv = --format tsv" cmp -s "$tmp/out" "$tmp/good.tsv"
  fi
fi

# ------------------------------------------------------------ threads -----
if run "code --threads 1 big.jsonl" 1 "$ACTA" code --threads 1 "$tmp/big.jsonl"; then
  cp "$tmp/out" "$tmp/t1.out"
  check "--threads 1: one or more lines per record" test "$(wc -l <"$tmp/t1.out")" -ge 300
  if run "code --threads 2 big.jsonl" 1 "$ACTA" code --threads 2 "$tmp/big.jsonl"; then
    check "--threads 2 output identical to --threads 1" cmp -s "$tmp/t1.out" "$tmp/out"
  fi
  if run "code --threads 2 --format tsv big.jsonl" 1 "$ACTA" code --threads 2 --format tsv "$tmp/big.jsonl"; then
    cp "$tmp/out" "$tmp/t2.tsv"
    run "code --threads 1 --format tsv big.jsonl" 1 "$ACTA" code --threads 1 --format tsv "$tmp/big.jsonl" &&
      check "TSV: --threads 2 identical to --threads 1" cmp -s "$tmp/t2.tsv" "$tmp/out"
  fi
fi

# -------------------------------------------------------------- stdin -----
if run "code - (stdin)" 1 "$ACTA" code - <"$tmp/mixed.jsonl"; then
  # error messages may name the input ("<stdin>" vs the path): compare without them
  check "code - reads standard input like a file" \
    cmp -s <(sed 's/,"message":.*$//' "$tmp/mixed.out") <(sed 's/,"message":.*$//' "$tmp/out")
fi

# --------------------------------------------------------- plain text -----
if run "code --format text --date" 0 "$ACTA" code --format text --date 2022-10-27 "$tmp/article.txt"; then
  check "text input: at least one event" grep -q '^{"type":"event"' "$tmp/out"
  check "text input: --date is the event date" grep -q '"date":"2022-10-27"' "$tmp/out"
fi
if run "code --format text --date - (stdin)" 0 "$ACTA" code --format text --date 2022-10-27 - <"$tmp/article.txt"; then
  check "text input from stdin: at least one event" grep -q '^{"type":"event"' "$tmp/out"
fi

# -------------------------------------------------------------- stats -----
if run "code --stats" 0 "$ACTA" code --stats "$tmp/good.jsonl"; then
  # "articles N sentences N events N [...] bytes N seconds S" (bench/run.sh parses it)
  check "--stats prints the stats line on stderr" grep -q -E \
    'articles 2 sentences [0-9]+ events [0-9]+ .*bytes [0-9]+ seconds [0-9.]+' "$tmp/err"
  check "--stats leaves stdout unchanged" \
    cmp -s "$tmp/out" <("$ACTA" code "$tmp/good.jsonl" 2>/dev/null)
fi

# ------------------------------------------------------------ explain -----
if run "explain" 0 "$ACTA" explain "Police arrested protesters in Tehran." --date 2022-10-27; then
  check "explain prints a trace" test -s "$tmp/out"
fi

# ------------------------------------------------------- failure exits -----
run "missing dictionary dir" 3 "$ACTA" code --data "$tmp/no-such-dir" "$tmp/good.jsonl" &&
  ok "--data with a missing dir: exit 3"
run "missing input file" 4 "$ACTA" code "$tmp/no-such-file.jsonl" &&
  ok "missing input file: exit 4"

# ------------------------------------------------------------ regressions --
# a write error while printing the help is an I/O error (it used to exit 0)
if [ -w /dev/full ]; then
  rc=0
  "$ACTA" --help >/dev/full 2>"$tmp/err" || rc=$?
  check "--help to a full device: exit 4" test "$rc" -eq 4
  check "--help to a full device: no sanitizer report" \
    test "$(grep -c -E 'Sanitizer|runtime error:' "$tmp/err")" -eq 0
fi
# explain of a text that cannot be coded exits 1, like code (it exited 0)
printf 'Police arrested \377 protesters.' >"$tmp/bad.txt"
run "explain invalid UTF-8" 1 "$ACTA" explain - <"$tmp/bad.txt" &&
  check "explain invalid UTF-8: the error on stderr" grep -q 'not valid UTF-8' "$tmp/err"
# "\<bad byte>" is an invalid escape: an error record, not a coded record
printf '{"id":"esc1","text":"Police arrested \\\377 protesters."}\n' >"$tmp/esc.jsonl"
if run "invalid escape + bad byte" 1 "$ACTA" code "$tmp/esc.jsonl"; then
  check "invalid escape + bad byte: one error record" \
    test "$(grep -c '^{"type":"error"' "$tmp/out")" -eq 1
fi

# ------------------------------------------------------------ claims ------
cat >"$tmp/claims.jsonl" <<'CLAIMS'
{"id":"cl1","date":"2022-10-20","text":"Iran supplied drones to Russia, Ukraine said. Both Iran and Russia denied it. The White House alleged, without offering evidence, that Moscow was advising Tehran."}
CLAIMS
if run "claims json" 0 "$ACTA" claims "$tmp/claims.jsonl"; then
  check "claims: one claim record per event" \
    test "$(grep -c '^{"type":"claim"' "$tmp/out")" -ge 4
  check "claims: the drone claim is Ukraine's and disputed by both denials" \
    grep -q '"claimant":{"text":"Ukraine","code":"UKR"}.*"claim":"IRN 072 .*"disputed_by":\["cl1#[0-9]*","cl1#[0-9]*"\]' "$tmp/out"
  check "claims: no evidence offered for the White House allegation" \
    grep -q '"status":"alleged".*"evidence":{"kind":"none_offered","text":"without offering evidence"}' "$tmp/out"
fi
if run "claims tsv" 0 "$ACTA" claims --output tsv "$tmp/claims.jsonl"; then
  check "claims tsv: header" \
    test "$(head -n 1 "$tmp/out" | cut -f1-3)" = "$(printf 'id\tsentence\tclaimant_code')"
fi

# ------------------------------------------------- PETRARCH formats ------
V=$root/tests/validation
if run "validate: the project's suite passes" 0 "$ACTA" validate "$V/validation.xml"; then
  check "validate: summary line" grep -q -E '^all +49 +49 +100.0%' "$tmp/out"
  check "validate: one line per category" grep -q -E '^SLOT +3 +3 ' "$tmp/out"
fi
# a record that fails: FAIL line with id, expected and got; exit 1
sed '/id="VERB-01"/,/<\/Sentence>/ s/eventcode="191"/eventcode="999"/' "$V/validation.xml" >"$tmp/v.xml"
cp "$V"/verbs.txt "$V"/actors.txt "$V"/agents.txt "$V"/discards.txt "$tmp"/
if run "validate: a failing record exits 1" 1 "$ACTA" validate "$tmp/v.xml"; then
  check "validate: FAIL line names id, expected and got" \
    grep -q '^FAIL VERB-01 \[VERB\]: expected NRL SMK 999; got NRL SMK 191' "$tmp/out"
fi
run "validate: --min-pass 90 accepts 48 of 49" 0 "$ACTA" validate --min-pass 90 "$tmp/v.xml"
run "validate: --min-pass 99 does not" 1 "$ACTA" validate --min-pass 99 "$tmp/v.xml"
run "validate: missing file exits 4" 4 "$ACTA" validate "$tmp/none.xml"
run "validate: no file is a usage error" 2 "$ACTA" validate
printf '<Validation><Sentences><Sentence id="x" date="2010"><Text>t</Text></Sentences>' >"$tmp/bad.xml"
cp "$tmp/v.xml" "$tmp/keep.xml"
run "validate: malformed XML exits 4" 4 "$ACTA" validate "$tmp/bad.xml"
# coding with PETRARCH dictionaries, PETRARCH XML input
D="--dict-format petrarch --verbs $V/verbs.txt --actors $V/actors.txt --agents $V/agents.txt --discards $V/discards.txt"
if run "code --format petrarch-xml with PETRARCH dictionaries" 0 "$ACTA" code $D --format petrarch-xml -o tsv "$V/validation.xml"; then
  check "petrarch-xml: the record id is the doc_id" grep -q -E '^VERB-01	0	2010-03-01	NRL	' "$tmp/out"
  check "petrarch-xml: [042:043] codes the reverse event" grep -q -E '^VERB-02	.*	WST	.*	043	' "$tmp/out"
fi
if run "code --format petrarch-xml, JSON" 0 "$ACTA" code $D --format petrarch-xml "$V/validation.xml"; then
  check "petrarch-xml: the event names its dictionary pattern and line" \
    grep -q '"doc_id":"PATTERN-06".*"pattern":"WARMLY_\* \[052\]","pattern_file":"verbs.txt","pattern_line":[0-9]' "$tmp/out"
  check "petrarch-xml: a pattern that says \"did not\" is not a negated event" \
    grep -q '"doc_id":"PATTERN-04".*"cameo":"081".*"status":"asserted"' "$tmp/out"
fi
run "--verbs without --dict-format petrarch is a usage error" 2 "$ACTA" code --verbs "$V/verbs.txt"
run "--dict-format petrarch without files is a usage error" 2 "$ACTA" code --dict-format petrarch
printf -- '--- BROKEN [1x2x3x4x5] ---\nBROKEN\n' >"$tmp/badverbs.txt"
run "a malformed PETRARCH line is a warning with file:line" 0 "$ACTA" code --dict-format petrarch --verbs "$tmp/badverbs.txt" "$tmp/claims.jsonl" &&
  check "the warning names badverbs.txt:1" grep -q 'badverbs.txt:1' "$tmp/err"
run "--strict makes it fatal (exit 3)" 3 "$ACTA" code --strict --dict-format petrarch --verbs "$tmp/badverbs.txt" "$tmp/claims.jsonl"
# a Treebank parse gives the tags: explain --parse, JSON "parse"
TREE='(ROOT (S (NP (NNS Soldiers)) (VP (MD will) (VP (VB wire) (VB tap) (NP (DT the) (NNS links)))) (. .)))'
run "explain without a parse" 0 "$ACTA" explain "Soldiers will wire tap the links." &&
  check "explain: acta's own guess makes 'tap' a noun" grep -q '^  tap/NOUN' "$tmp/out"
run "explain --parse" 0 "$ACTA" explain --parse "$TREE" "Soldiers will wire tap the links." &&
  check "explain --parse: the parse makes 'tap' a verb" grep -q '^  tap/VERB' "$tmp/out"
printf '%s\n' '{"id":"p1","text":"Norland blockaded Southmark.","parse":"(ROOT (S (NP (NNP Norland)) (VP (VBD blockaded) (NP (NNP Southmark))) (. .)))"}' >"$tmp/parse.jsonl"
if run "a JSON record with a \"parse\" field" 0 "$ACTA" code $D -o tsv "$tmp/parse.jsonl"; then
  check "parse field: the record is coded" grep -q -E '^p1	0		NRL	.*	SMK	.*	191	' "$tmp/out"
fi
# acta's own coding keeps an adjective coordination a compound, parse or not
printf '%s\n' '{"id":"a1","text":"Israeli and Palestinian negotiators criticized the United Nations.","parse":"(ROOT (S (NP (ADJP (JJ Israeli) (CC and) (JJ Palestinian)) (NNS negotiators)) (VP (VBD criticized) (NP (DT the) (NNP United) (NNPS Nations))) (. .)))"}' >"$tmp/adjp.jsonl"
if run "bundled dictionaries, a parse with an ADJP coordination" 0 "$ACTA" code -o tsv "$tmp/adjp.jsonl"; then
  check "ADJP coordination: Israel's negotiators are coded" grep -q -E '^a1	0		ISR' "$tmp/out"
  check "ADJP coordination: and Palestine's" grep -q -E '^a1	0		PSE' "$tmp/out"
fi
# layered: the bundled dictionaries plus a user's actor list
printf 'NORLAND [NRL]\n' >"$tmp/myactors.txt"
printf '{"id":"l1","text":"Norland attacked Iran."}\n' >"$tmp/layer.jsonl"
if run "layered dictionaries" 0 "$ACTA" code --dict-format petrarch --layer --actors "$tmp/myactors.txt" -o tsv "$tmp/layer.jsonl"; then
  check "layered: the user's actor and the bundled one in one event" grep -q -E '^l1	0		NRL	.*	IRN	' "$tmp/out"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
