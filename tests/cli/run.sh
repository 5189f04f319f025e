#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
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

# no file argument at all: standard input, as jq reads it (this crashed at
# exit once, freeing a file list that was never made)
if run "code with no file argument (stdin)" 1 "$ACTA" code <"$tmp/mixed.jsonl"; then
  check "code with no file argument reads standard input like -" \
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
    grep -q '"claimant":{"text":"Ukraine","code":"UKR"}.*"disputed_by":\["cl1#[0-9]*","cl1#[0-9]*"\]' "$tmp/out"
  # issue 17: the claim was one string ("IRN 072 (...) RUS") and had no doc_id
  check "claims: the claim is structured (source, cameo, name, target)" \
    grep -q '"claim":{"source":{"text":"Iran","code":"IRN"},"cameo":"072","name":"Provide military aid","target":{"text":"Russia","code":"RUS"}}' "$tmp/out"
  check "claims: every claim names its doc_id" \
    test "$(grep -c '^{"type":"claim","id":"cl1#[0-9]*","doc_id":"cl1",' "$tmp/out")" -eq "$(wc -l <"$tmp/out")"
  check "claims: no evidence offered for the White House allegation" \
    grep -q '"status":"alleged".*"evidence":{"kind":"none_offered","text":"without offering evidence"}' "$tmp/out"
fi
if run "claims tsv" 0 "$ACTA" claims --output tsv "$tmp/claims.jsonl"; then
  check "claims tsv: header" \
    test "$(head -n 1 "$tmp/out" | cut -f1-4)" = "$(printf 'id\tdoc_id\tsentence\tclaimant_code')"
  check "claims tsv: the claim in columns" \
    grep -q -P '^cl1#0\tcl1\t0\tUKR\tUkraine\t-\t\tasserted\tIRN\tIran\t072\tProvide military aid\tRUS\tRussia\t' "$tmp/out"
fi

# -------------------------------------------------------------- gaps ------
cat >"$tmp/gaps.jsonl" <<'GAPS'
{"id":"gp1","date":"2022-10-27","text":"Iran repainted the old fences on the border with Iraq. The Velmoran Guild of Tarsk stayed home. Police arrested protesters in Tehran."}
{"id":"gp2","date":"2022-10-27","text":"Turkey repainted two fences on its side. Members of the Velmoran Guild of Tarsk watched. Turkey met the deadline."}
not json
GAPS
if run "gaps: a bad record is exit 1" 1 "$ACTA" gaps "$tmp/gaps.jsonl"; then
  check "gaps: the frame counted twice" \
    grep -q -E '^ +2  repaint fence on$' "$tmp/out"
  check "gaps: the frame's two examples" \
    test "$(grep -A2 'repaint fence on$' "$tmp/out" | grep -c 'e\.g\. \(Iran\|Turkey\) repainted')" = 2
  check "gaps: a sentence with an event gives no frame" \
    sh -c "! grep -q 'arrest' '$tmp/out'"
  check "gaps: the unknown name, counted twice" \
    grep -q -E '^ +2  Velmoran Guild of Tarsk$' "$tmp/out"
  check "gaps: known actors and places are no gap" \
    sh -c "! grep -q -E '^ +[0-9]+  (Iran|Iraq|Tehran|Turkey)$' '$tmp/out'"
  check "gaps: the bad record named on stderr" grep -q 'gaps.jsonl:3' "$tmp/err"
  check "gaps: a verb with patterns is marked" \
    grep -q -E '^ +1  meet deadline \[verb has patterns\]$' "$tmp/out"
fi
if run "gaps --top 1" 0 "$ACTA" gaps --top 1 --format text "$tmp/article.txt"; then
  check "gaps --top 1: the headings say how many" \
    grep -q '^Verb frames of sentences with an actor and no event: 0 of 0 distinct' "$tmp/out"
fi
# review-speed43a: articles that can yield no event (the yield gates would
# skip their stages) are read whole by gaps, first or after a longer one
cat >"$tmp/gaps-none.jsonl" <<'GAPS'
{"id":"gq1","text":"The Velmoran Guild boss Ostap Krell sells rugs in Monterrey with the Tarsk Clan chief."}
{"id":"gq2","date":"2022-10-27","text":"Police arrested protesters in Tehran."}
{"id":"gq3","text":"The Velmoran Guild boss Ostap Krell sells rugs in Monterrey. He keeps a shop by the river. The Tarsk Clan chief sells rugs too."}
GAPS
if run "gaps: articles with no event" 0 "$ACTA" gaps "$tmp/gaps-none.jsonl"; then
  check "gaps: a name of an article that yields nothing, counted twice" \
    grep -q -E '^ +2  Ostap Krell$' "$tmp/out"
  check "gaps: the first article's sentence is its example" \
    grep -q 'e\.g\. The Velmoran Guild boss Ostap Krell sells rugs in Monterrey with the Tarsk' "$tmp/out"
  check "gaps: a place of such an article is no gap" \
    sh -c "! grep -q -E '^ +[0-9]+  Monterrey$' '$tmp/out'"
fi
run "gaps takes no --output" 2 "$ACTA" gaps --output tsv "$tmp/gaps.jsonl" &&
  ok "gaps --output: exit 2"

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
# ---------------------------------------------------- TABARI formats ------
T=$root/tests/tabari
if run "validate FILE.project: the project's TABARI suite passes" 0 "$ACTA" validate $D "$T/validate.project"; then
  check "validate .project: summary line" grep -q -E '^all +20 +20 +100.0%' "$tmp/out"
  check "validate .project: a category per id prefix" grep -q -E '^CODEBY +2 +2 ' "$tmp/out"
  check "validate .project: an unsupported option is reported once, FILE:LINE" \
    test "$(grep -c 'OUTPUT: not supported' "$tmp/out")" = 1
  check "validate .project: ... at the options file's line" \
    grep -q 'validate.options:5: OUTPUT: not supported' "$tmp/out"
  check "validate .project: the run stops at a record without validation records" \
    grep -q 'validate.text:183: FINAL-01 has no validation records' "$tmp/out"
fi
mkdir -p "$tmp/tab"
cp "$T/validate.options" "$tmp/tab/"
sed '/CODEBY-01$/,/\*\/$/ s/{ WST \/ EST \/ 051 }/{ WST \/ EST \/ 999 }/' "$T/validate.text" >"$tmp/tab/validate.text"
sed 's|\.\./validation/|'"$V"'/|' "$T/validate.project" >"$tmp/tab/validate.project"
if run "validate .project: a failing record exits 1" 1 "$ACTA" validate $D "$tmp/tab/validate.project"; then
  check "validate .project: FAIL line names id, expected and got" \
    grep -q '^FAIL CODEBY-01 \[CODEBY\]: expected NRL SMK 191; WST EST 999; got NRL SMK 191; WST EST 051' "$tmp/out"
fi
run "validate .project: --min-pass 90 accepts 19 of 20" 0 "$ACTA" validate $D --min-pass 90 "$tmp/tab/validate.project"
printf '<verbfile> v\n<textfile> t\n' >"$tmp/tab/noactors.project"
if run "validate .project without actors exits 4" 4 "$ACTA" validate "$tmp/tab/noactors.project"; then
  check "validate .project: the message says what is missing" grep -q 'names no <actorfile>' "$tmp/err"
fi
printf '<actorfile> a\n<verbfile>\n' >"$tmp/tab/empty.project"
if run "validate .project: a tag without a file exits 4" 4 "$ACTA" validate "$tmp/tab/empty.project"; then
  check "validate .project: FILE:LINE of the tag" grep -q 'empty.project:2: <verbfile> names no file' "$tmp/err"
fi
printf '<actorfile> a\n<verbfile> v\n<textfile> t\n<optionsfile> none.options\n' >"$tmp/tab/noopt.project"
run "validate .project: a missing options file exits 4" 4 "$ACTA" validate $D "$tmp/tab/noopt.project" &&
  check "validate .project: it names the file" grep -q 'none.options' "$tmp/err"
# TABARI text records as input
printf '# a comment block\nis skipped\n\n100301  TR-01\nNorland blockaded Southmark\non Monday. /* \\n{ NRL / SMK / 191 } */\n\n10031  TR-02\nEstovia visited Westria.\n\n20100302 TR-03\nEstovia visited Westria.\n' >"$tmp/records.text"
if run "code --format tabari: a bad date is an error record" 1 "$ACTA" code $D --format tabari -o tsv "$tmp/records.text"; then
  check "tabari: id, YYMMDD date, text without the comment" \
    grep -q -P '^TR-01\t0\t2010-03-01\tNRL\t.*\t191\t.*Norland blockaded Southmark on Monday\.\t' "$tmp/out"
  check "tabari: YYYYMMDD dates too" grep -q -P '^TR-03\t0\t2010-03-02\tEST\t' "$tmp/out"
  check "tabari: the error names the file's line" \
    grep -q "TR-02: .*records.text:8: the date '10031' is not YYMMDD or YYYYMMDD" "$tmp/err"
fi
run "--format tabari is named in the usage error" 2 "$ACTA" code --format nope "$tmp/records.text" &&
  check "--format: the choices" grep -q 'petrarch-xml or tabari' "$tmp/err"
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
TREE='(ROOT (S (NP (NNS Soldiers)) (VP (VBD saw) (S (NP (PRP her)) (VP (VB duck)))) (. .)))'
run "explain without a parse" 0 "$ACTA" explain "Soldiers saw her duck." &&
  check "explain: the tagger's likelier reading makes 'duck' a noun" grep -q '^  duck/NOUN NN$' "$tmp/out"
run "explain --parse" 0 "$ACTA" explain --parse "$TREE" "Soldiers saw her duck." &&
  check "explain --parse: the parse makes 'duck' a verb" grep -q '^  duck/VERB' "$tmp/out"
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

# TABARI dictionaries (issue 14): roots, stems, synsets, irregular forms,
# multi-word roots, dated actor codes, [###] discards; unusable lines named
T=$root/tests/fixtures/tabari
TD="--dict-format tabari --verbs $T/small.verbs --actors $T/small.actors --agents $T/small.agents"
if run "code with TABARI dictionaries" 0 "$ACTA" code $TD -o tsv "$T/sentences.jsonl"; then
  check "tabari: a stem codes the verb it begins (BLOCKAD -> blockaded)" grep -q -E '^t1	0	[^	]*	NRL	.*	SMK	.*	191	' "$tmp/out"
  check "tabari: a synset pattern with a target after TO_" grep -q -E '^t2	0	[^	]*	NRL	.*	SMK	.*	0331	' "$tmp/out"
  check "tabari: an irregular form (WITHDREW_) takes the root's patterns" grep -q -E '^t3	0	[^	]*	SMK	.*	NRL	.*	1622	' "$tmp/out"
  check "tabari: an exact root takes its regular endings (DENOUNCE_)" grep -q -E '^t4	0	[^	]*	NRL	.*	SMK	.*	111	' "$tmp/out"
  check "tabari: a pattern stem that is no word (PEACEKEEP)" grep -q -E '^t5	0	[^	]*	NRL	.*	SMK	.*	057	' "$tmp/out"
  check "tabari: a multi-word root (CORDON OFF_)" grep -q -E '^t6	0	[^	]*	SMK	.*	NRL	.*	192	' "$tmp/out"
  check "tabari: an actor coded [###] discards the sentence" bash -c "! grep -q '^t7	' '$tmp/out'"
  check "tabari: a dated actor code" grep -q -E '^t8	0	[^	]*	EHMGOV	.*	NRL	.*	111	' "$tmp/out"
  check "tabari: a <TIME> line is named" grep -q 'small.verbs:7: time-shift phrase' "$tmp/err"
  check "tabari: a bad code is named once" test "$(grep -c 'small.verbs:22: event code "1X2X3"' "$tmp/err")" = 1
  check "tabari: a <NOUN> word is read, a line of two words named" bash -c "! grep -q 'small.actors:2:' '$tmp/err' && grep -q 'small.actors:3: a <NOUN> line is one word' '$tmp/err'"
  check "tabari: the count of skipped lines" grep -q '^acta: 3 dictionary lines skipped' "$tmp/err"
fi
printf 'NEGOTIAT [030]\n- * WITH + [036\n' >"$tmp/bad.verbs"
run "a malformed TABARI line is a warning with file:line" 0 "$ACTA" code --dict-format tabari --verbs "$tmp/bad.verbs" "$tmp/claims.jsonl" &&
  check "the warning names bad.verbs:2" grep -q 'bad.verbs:2: unterminated \[code\]' "$tmp/err"
run "--strict makes a malformed TABARI line fatal (exit 3)" 3 "$ACTA" code --strict --dict-format tabari --verbs "$tmp/bad.verbs" "$tmp/claims.jsonl"

# ------------------------------------------------- issue 17: first contact --
# run from its build tree with no environment, acta finds the checkout's data/
if run "no ACTA_DATA_DIR: --version" 0 env -u ACTA_DATA_DIR "$ACTA" --version; then
  check "no ACTA_DATA_DIR: the checkout's data/ is found" \
    grep -q -F "dictionaries: $root/data (from this build's checkout)" "$tmp/out"
fi
run "no ACTA_DATA_DIR: code" 0 env -u ACTA_DATA_DIR "$ACTA" code "$tmp/good.jsonl" &&
  check "no ACTA_DATA_DIR: code writes events" grep -q '^{"type":"event"' "$tmp/out"
# a missing directory: the error says which and how to name another
if run "--data missing: exit 3" 3 "$ACTA" code --data "$tmp/nowhere" "$tmp/good.jsonl"; then
  check "--data missing: the error names the directory, --data and ACTA_DATA_DIR" \
    grep -q "the dictionary directory was $tmp/nowhere (from --data); name another with --data DIR or ACTA_DATA_DIR=DIR" "$tmp/err"
fi
if run "--version without dictionaries works" 0 "$ACTA" --version --data "$tmp/nowhere"; then
  check "--version without dictionaries: the version" grep -q -F "acta $version" "$tmp/out"
  check "--version without dictionaries: says they are not loaded" grep -q 'not loaded' "$tmp/out"
fi
# --version to a full device: exit 4 and a message (it said nothing)
if [ -w /dev/full ]; then
  rc=0
  "$ACTA" --version >/dev/full 2>"$tmp/err" || rc=$?
  check "--version to a full device: exit 4" test "$rc" -eq 4
  check "--version to a full device: says so" grep -q 'cannot write the output' "$tmp/err"
fi

# per-command help (acta code --help printed the global help)
if run "code --help" 0 "$ACTA" code --help; then
  check "code --help: the code usage" grep -q '^usage: acta code ' "$tmp/out"
  check "code --help: its options" grep -q -e '--max-bytes' "$tmp/out"
  check "code --help: not explain's --parse" test "$(grep -c -e '--parse TREE' "$tmp/out")" -eq 0
fi
if run "help explain" 0 "$ACTA" help explain; then
  check "help explain: the explain usage" grep -q '^usage: acta explain ' "$tmp/out"
  check "help explain: --parse, not --format" \
    test "$(grep -c -e '--parse' "$tmp/out")" -ge 1 -a "$(grep -c -e '--format' "$tmp/out")" -eq 0
fi
run "validate --help" 0 "$ACTA" validate --help &&
  check "validate --help: --min-pass" grep -q -e '--min-pass' "$tmp/out"
run "--help claims" 0 "$ACTA" --help claims &&
  check "--help claims: the claims usage" grep -q '^usage: acta claims ' "$tmp/out"
if run "--help: every command" 0 "$ACTA" --help; then
  for c in code claims explain validate; do
    check "--help lists $c" grep -q "^  acta $c " "$tmp/out"
  done
fi
# no command: the usage lists every command (it left out claims and validate)
if run "no command: usage" 2 "$ACTA"; then
  for c in code claims explain validate; do
    check "no-command usage lists $c" grep -q "acta $c " "$tmp/err"
  done
fi
# an option the command does not take is refused (explain --format tsv was ignored)
if run "explain --format tsv is refused" 2 "$ACTA" explain --format tsv "Police arrested protesters."; then
  check "explain --format: the message names the command and option" \
    grep -q 'explain does not take --format' "$tmp/err"
fi
run "validate --threads is refused" 2 "$ACTA" validate --threads 2 "$root/tests/validation/validation.xml"
run "code --parse is refused" 2 "$ACTA" code --parse "(ROOT)" "$tmp/good.jsonl"
run "code --min-pass is refused" 2 "$ACTA" code --min-pass 5 "$tmp/good.jsonl"
run "--version --data is taken" 0 "$ACTA" --version --data "$root/data"

# ------------------------------------------------------ issue 17: input --
# plain text piped to code: the error suggests --format text
if run "plain text as JSON lines" 1 "$ACTA" code - <"$tmp/article.txt"; then
  check "plain text as JSON lines: the error suggests --format text" \
    grep -q '"message":".*line is not JSON.*use --format text' "$tmp/out"
fi
# a directory: the files in it, sorted by name (text and JSON lines)
mkdir -p "$tmp/dir/sub" "$tmp/jdir"
printf 'Police arrested protesters in Tehran.\n' >"$tmp/dir/b.txt"
printf 'Iranian security forces fired tear gas at protesters.\n' >"$tmp/dir/a.txt"
printf 'hidden\n' >"$tmp/dir/.hidden"
if run "a directory of text files" 0 "$ACTA" code --format text --date 2022-10-27 -o tsv "$tmp/dir"; then
  check "directory: both files, in name order" \
    test "$(cut -f1 "$tmp/out" | sed 1d | uniq | tr '\n' ' ')" = "$tmp/dir/a.txt $tmp/dir/b.txt "
  check "directory: a subdirectory is named on stderr, not read" grep -q 'sub: not read' "$tmp/err"
fi
printf '%s\n' '{"id":"j2","date":"2022-10-27","text":"Police arrested protesters in Tehran."}' >"$tmp/jdir/2.jsonl"
printf '%s\n' '{"id":"j1","date":"2022-10-27","text":"Police arrested protesters in Tehran."}' >"$tmp/jdir/1.jsonl"
run "a directory of JSON-lines files" 0 "$ACTA" code -o tsv "$tmp/jdir" &&
  check "directory of JSON lines: in name order" \
    test "$(cut -f1 "$tmp/out" | sed 1d | uniq | tr '\n' ' ')" = "j1 j2 "
# CSV with a header: quoted commas, doubled quotes, a line break in a field
cat >"$tmp/news.csv" <<'CSV'
url,published,body
u1,2022-10-27,"Police arrested protesters in Tehran, the agency said."
u2,2022-10-27,"Riot police fired ""tear gas"" at
protesters in Tehran."
,2022-10-27,Police arrested protesters in Tehran.
u4,2022-10-27
CSV
if run "csv with --id-field/--text-field/--date-field" 1 "$ACTA" code --format csv --id-field url \
     --text-field body --date-field published -o tsv "$tmp/news.csv"; then
  check "csv: the first row" grep -q -P '^u1\t0\t2022-10-27\tIRNCOP\t' "$tmp/out"
  check "csv: a quoted field over two lines" grep -q -P '^u2\t0\t2022-10-27\tIRNCOP\t.*\t"Riot police fired ""tear gas"" at protesters in Tehran\."\t' "$tmp/out"
  check "csv: a row without an id is FILE:LINE" grep -q -P "^$tmp/news.csv:5\t0\t" "$tmp/out"
  check "csv: a short row is an error naming file and line" grep -q "news.csv:6: the record has 2 fields, the header 3" "$tmp/err"
fi
if run "csv without the text column" 1 "$ACTA" code --format csv "$tmp/news.csv"; then
  check "csv: no text column: one error record that says so" \
    test "$(grep -c '"message":".*news.csv:1: the header has no \\"text\\" column' "$tmp/out")" -eq 1
fi
# JSON lines with other field names, and without ids
printf '%s\n' '{"key":"k1","body":"Police arrested protesters in Tehran.","when":"2022-10-27T08:30:00Z"}' \
  '{"body":"Police arrested protesters in Tehran.","when":"2022-10-27"}' >"$tmp/fields.jsonl"
if run "jsonl with --id-field/--text-field/--date-field" 0 "$ACTA" code --id-field key --text-field body \
     --date-field when -o tsv "$tmp/fields.jsonl"; then
  check "jsonl fields: the mapped record" grep -q -P '^k1\t0\t2022-10-27\tIRNCOP\t' "$tmp/out"
  check "jsonl fields: no id: FILE:LINE" grep -q -P "^$tmp/fields.jsonl:2\t0\t2022-10-27\t" "$tmp/out"
fi
run "no id in JSON lines from stdin" 0 "$ACTA" code -o tsv - <<<'{"text":"Police arrested protesters in Tehran."}' &&
  check "no id from stdin: stdin:1" grep -q -P '^stdin:1\t' "$tmp/out"

# ------------------------------------------------------ issue 17: dates --
# an absolute date is kept when the record has none; a relative one is not
printf '%s\n' '{"id":"abs","text":"Police arrested protesters in Tehran on March 3, 2019."}' \
  '{"id":"rel","text":"Police arrested protesters in Tehran on Wednesday."}' >"$tmp/undated.jsonl"
if run "records without a date" 0 "$ACTA" code -o tsv "$tmp/undated.jsonl"; then
  check "undated: \"on March 3, 2019\" dates the event" grep -q -P '^abs\t0\t2019-03-03\t' "$tmp/out"
  check "undated: \"on Wednesday\" does not" grep -q -P '^rel\t0\t\t' "$tmp/out"
  check "undated: said once on stderr, with the count" \
    test "$(grep -c '2 of 2 articles had no date' "$tmp/err")" -eq 1
fi
run "dated records: no notice" 0 "$ACTA" code "$tmp/good.jsonl" &&
  check "dated records: nothing said of dates" test "$(grep -c 'had no date' "$tmp/err")" -eq 0
# a date followed by junk is not a timestamp
printf '%s\n' '{"id":"junk","date":"2022-10-27Tjunk","text":"Police arrested protesters."}' >"$tmp/junk.jsonl"
run "a date with junk after it" 1 "$ACTA" code "$tmp/junk.jsonl" &&
  check "date with junk: an error record" grep -q '^{"type":"error","doc_id":"junk".*not a YYYY-MM-DD date' "$tmp/out"

# ----------------------------------------------------- issue 17: output --
# U+2028 and U+2029 are escaped in JSON (raw, they break lines for JavaScript)
printf '{"id":"ls","date":"2022-10-27","text":"Police arrested\xe2\x80\xa8protesters\xe2\x80\xa9in Tehran."}\n' >"$tmp/ls.jsonl"
if run "U+2028 in the text" 0 "$ACTA" code "$tmp/ls.jsonl"; then
  check "U+2028/2029: escaped in JSON output" \
    test "$(grep -c -P '\xe2\x80[\xa8\xa9]' "$tmp/out")" -eq 0
  check "U+2028/2029: written as \\u2028" grep -q 'u2028' "$tmp/out"
fi
# duplicate article ids: a warning, event ids unique in the run
printf '%s\n' "$good" "$good" "$good" >"$tmp/dup.jsonl"
if run "duplicate ids" 0 "$ACTA" code --threads 2 "$tmp/dup.jsonl"; then
  check "duplicate ids: every event id unique" \
    test "$(grep -o '"id":"[^"]*"' "$tmp/out" | sort | uniq -d | wc -l)" -eq 0
  check "duplicate ids: the doc_id stays" test "$(grep -c '"doc_id":"good1"' "$tmp/out")" -eq "$(wc -l <"$tmp/out")"
  check "duplicate ids: the second copy's events are good1~2#n" grep -q '"id":"good1~2#0"' "$tmp/out"
  check "duplicate ids: a warning per duplicate, naming file and line" \
    test "$(grep -c 'dup.jsonl:[23]: the id "good1" was seen before' "$tmp/err")" -eq 2
fi
if run "duplicate ids, TSV" 0 "$ACTA" code -o tsv "$tmp/dup.jsonl"; then
  check "duplicate ids, TSV: event ids unique" \
    test "$(awk -F '\t' 'NR > 1 { print $30 }' "$tmp/out" | sort | uniq -d | wc -l)" -eq 0
fi

# ------------------------------------------------------ issue 17: faults --
# a record over --max-bytes: an error record, the others coded
{ printf '{"id":"big","text":"'; head -c 3000 /dev/zero | tr '\0' 'a'; printf '"}\n'; printf '%s\n' "$good"; } >"$tmp/big1.jsonl"
if run "a line over --max-bytes" 1 "$ACTA" code --max-bytes 2K "$tmp/big1.jsonl"; then
  check "--max-bytes: an error record naming the line and the limit" \
    grep -q '^{"type":"error","line":1,"message":".*big1.jsonl:1: the line is 3022 bytes, over the limit of 2048 bytes' "$tmp/out"
  check "--max-bytes: the next record is coded" grep -q '"doc_id":"good1"' "$tmp/out"
fi
run "--max-bytes 0: no limit" 0 "$ACTA" code --max-bytes 0 "$tmp/big1.jsonl"
run "--max-bytes nonsense is a usage error" 2 "$ACTA" code --max-bytes 2X "$tmp/good.jsonl"
head -c 5000 /dev/zero | tr '\0' 'a' >"$tmp/big.txt"
if run "a text file over --max-bytes" 1 "$ACTA" code --format text --max-bytes 4K "$tmp/big.txt" "$tmp/article.txt"; then
  check "--max-bytes, text: an error record for the file" grep -q '"message":".*big.txt: the file is over the limit of 4096 bytes' "$tmp/out"
  check "--max-bytes, text: the next file is coded" grep -q '"doc_id":".*article.txt"' "$tmp/out"
fi
# a bad <Sentence> in a PETRARCH file is that record's error; the rest are coded
cat >"$tmp/nbsp.xml" <<'XML'
<Sentences>
<Sentence date="20221027" id="N1"><Text>Police&nbsp;arrested protesters in Tehran.</Text></Sentence>
<Sentence date="20221027" id="N2"><Text>Police arrested protesters in Tehran.</Text></Sentence>
</Sentences>
XML
if run "petrarch-xml: &nbsp; in the first record" 1 "$ACTA" code --format petrarch-xml "$tmp/nbsp.xml"; then
  check "petrarch-xml: an error record for N1" grep -q '^{"type":"error","doc_id":"N1",.*unknown entity' "$tmp/out"
  check "petrarch-xml: N2 is coded" grep -q '^{"type":"event",.*"doc_id":"N2"' "$tmp/out"
fi

# ------------------------------------------- issue 13: PLOVER and ACLED --
cat >"$tmp/plover.jsonl" <<'JSONL'
{"id":"pl1","date":"2022-03-01","text":"Russian and Belarusian troops shelled the Ukrainian town of Kupiansk on Monday."}
{"id":"pl2","date":"2022-03-01","text":"The minister said the talks were constructive."}
{"id":"pl3","date":"2022-03-01","text":"Police fired tear gas at protesters in Tehran."}
not JSON
JSONL
if run "code -o plover" 1 "$ACTA" code -o plover "$tmp/plover.jsonl"; then
  check "plover: the compound is one record with two actors" \
    grep -q '^{"id":"pl1#0","date":"2022-02-28","actor":\[{"code":"RUS","sector":"MIL","entity_text":"Russian[^]]*},{"code":"BLR","sector":"MIL",' "$tmp/out"
  check "plover: one record for pl1 (its two events)" test "$(grep -c '"doc_id":"pl1"' "$tmp/out")" -eq 1
  check "plover: type, mode, context, scale" \
    grep -q '"recipient":\[{"code":"UKR",[^]]*\],"event":\["ASSAULT"\],"mode":\["heavy-weapons"\],"context":\["military"\],"quad_code":4,"event_scale":-9.5,"event_text":\["shelled"\]' "$tmp/out"
  check "plover: the place and the sentence" \
    grep -q '"event_loc":{"extracted_place":"Kupiansk",.*"country_code":"UKR","resolution":4},"text":"Russian and Belarusian troops shelled' "$tmp/out"
  check "plover: acta's code, the ACLED type, the coder" \
    grep -q '"cameo":"194","acled":{"event_type":"Explosions/Remote violence","sub_event_type":"Shelling/artillery/missile attack"},"status":"asserted","coder":"acta ' "$tmp/out"
  check "plover: a statement alone is an article with no PLOVER event" \
    grep -q '^{"type":"no_event","doc_id":"pl2","sentences":1}$' "$tmp/out"
  check "plover: crowd control on protesters" \
    grep -q '"doc_id":"pl3".*' "$tmp/out"
  check "plover: pl3 is ASSAULT crowd-control, repression, a protest met with force" \
    grep -q '"event":\["ASSAULT"\],"mode":\["crowd-control"\],"context":\["repression"\].*"acled":{"event_type":"Protests","sub_event_type":"Protest with intervention"}' "$tmp/out"
  check "plover: a bad line is an error record" grep -q '^{"type":"error","line":4,' "$tmp/out"
  check "plover: every input record gave a line" test "$(wc -l <"$tmp/out")" -eq 4
fi
if run "code (json): the categories" 1 "$ACTA" code "$tmp/plover.jsonl"; then
  check "json: plover and acled fields on an event" \
    grep -q '"plover":{"type":"ASSAULT","mode":"heavy-weapons","context":\["military"\]},"acled":{"event_type":"Explosions/Remote violence","sub_event_type":"Shelling/artillery/missile attack"},"explain"' "$tmp/out"
  check "json: a statement has both null" grep -q '"doc_id":"pl2",.*"plover":null,"acled":null,"explain"' "$tmp/out"
fi
if run "code -o tsv: the categories" 1 "$ACTA" code -o tsv "$tmp/plover.jsonl"; then
  check "tsv: five columns at the end, named" \
    grep -q -P '\tsentence_text\tplover_type\tplover_mode\tplover_context\tacled_event_type\tacled_sub_event_type$' "$tmp/out"
  check "tsv: their values" \
    grep -q -P '^pl3\t.*\tASSAULT\tcrowd-control\trepression\tProtests\tProtest with intervention$' "$tmp/out"
  check "tsv: a statement's are empty" grep -q -P '^pl2\t.*constructive\.\t\t\t\t\t$' "$tmp/out"
fi
run "claims -o plover is a usage error" 2 "$ACTA" claims -o plover "$tmp/plover.jsonl" &&
  check "claims -o plover: the message says why" grep -q 'plover is acta code' "$tmp/err"
run "-o xml is a usage error naming plover" 2 "$ACTA" code -o xml "$tmp/plover.jsonl" &&
  check "-o xml: the choices" grep -q 'use json, tsv or plover' "$tmp/err"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
