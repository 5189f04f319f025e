#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/report/run.sh: acta report opened in a real browser (Debian's
# headless chromium): the page renders (its DOM has the chart, the map with
# a circle per located incident, a table row per incident), the console
# stays empty, no request leaves the file (chromium's net log lists no URL
# but the browser's own update and account checks, which the page does not
# make), and the "<script>" of an article shows as text.  The screenshot is
# left in the build tree (report.png) for a person to look at.
#
#   tests/report/run.sh path/to/acta [SCREENSHOT.png]
set -u
ACTA=${1:?usage: run.sh path/to/acta [screenshot.png]}
shot=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export ACTA_DATA_DIR=${ACTA_DATA_DIR:-$root/data}
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$root/tests/cli/lib.sh"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "report: chromium not found (scripts/bootstrap.sh installs it)" >&2
  exit 1
fi
# a headless browser with no profile of ours, no background traffic it can
# avoid, and no name resolving anywhere
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --disable-extensions --user-data-dir="$tmp/profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" "$@"
}

db=$tmp/r.db
run "ingest" 0 "$ACTA" ingest --db "$db" "$root/tests/store/incidents.jsonl" || exit 1
run "report without -o" 2 "$ACTA" report --db "$db"
if ! run "report -o r.html" 0 "$ACTA" report --db "$db" -o "$tmp/r.html"; then
  echo "$pass passed, $fail failed"
  exit 1
fi
check "report: no <script> element written" test "$(grep -c -i '<script' "$tmp/r.html")" -eq 0
check "report: no src=, href= or url() in the file" test "$(grep -c -i -E 'src=|href=|url\(|@import' "$tmp/r.html")" -eq 0
check "report: a Content-Security-Policy that allows no fetch" grep -q "default-src 'none'" "$tmp/r.html"

chrome --enable-logging=stderr --v=0 --log-net-log="$tmp/net.json" \
  --dump-dom "file://$tmp/r.html" >"$tmp/dom.html" 2>"$tmp/chrome.err"
check "chromium rendered the page" grep -q '<h1>acta report</h1>' "$tmp/dom.html"
check "no console message" test "$(grep -c 'CONSOLE' "$tmp/chrome.err")" -eq 0
incidents=$(sqlite3 "$db" 'SELECT count(*) FROM incidents')
located=$(sqlite3 "$db" 'SELECT count(*) FROM incidents WHERE lat IS NOT NULL')
check "DOM: the timeline has bars" test "$(grep -o '<rect class="q[1-4]"' "$tmp/dom.html" | wc -l)" -gt 0
check "DOM: a circle per located incident ($located)" test "$(grep -o '<circle class="incident"' "$tmp/dom.html" | wc -l)" -eq "$located"
check "DOM: a table row per incident ($incidents)" test "$(grep -o '<tr class="incident-row"' "$tmp/dom.html" | wc -l)" -eq "$incidents"
check "DOM: the article's <script> is text" grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/dom.html"
check "DOM: no script element" test "$(grep -c -i '<script' "$tmp/dom.html")" -eq 0
check "DOM: the quoted publisher shows its quotes" grep -q 'The "Quoted" Gazette' "$tmp/dom.html"
check "DOM: the disagreeing figures are marked" grep -q 'class="disagree"' "$tmp/dom.html"
python3 - "$tmp/net.json" >"$tmp/urls" <<'PY'
import json, sys, urllib.parse
own = ("google.com", "googleapis.com", "gvt1.com")  # the browser's own checks
urls = set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("url", "original_url") and isinstance(v, str): urls.add(v)
            walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(json.load(open(sys.argv[1])).get("events", []))
for u in sorted(urls):
    p = urllib.parse.urlparse(u)
    if p.scheme in ("file", "data") or (p.hostname or "").endswith(own): continue
    print(u)
PY
check "no request leaves the file (net log)" test ! -s "$tmp/urls"

if [ -n "$shot" ]; then
  chrome --hide-scrollbars --window-size=1300,1800 --screenshot="$shot" "file://$tmp/r.html" >/dev/null 2>&1
  check "screenshot written ($shot)" test -s "$shot"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
