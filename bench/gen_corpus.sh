#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# gen_corpus.sh: writes a synthetic news corpus (JSON lines) to stdout.
#
#   bench/gen_corpus.sh [MEGABYTES]      (default 50)
#
# Used by bench/run.sh when ../shared/corpus is not there.  Deterministic
# (fixed seed): each article is a dateline, a headline and 12-30 sentences
# built from templates mixing event sentences (actors, verbs, targets,
# places, reported speech, passives) with background sentences, so the
# coder's whole pipeline gets exercised.  Needs only bash and awk.
set -euo pipefail
mb=${1:-50}
awk -v target_bytes=$((mb * 1000 * 1000)) '
function pick(arr, n) { return arr[int(rand() * n) + 1] }
function cap(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }
BEGIN {
  srand(20221027)
  na = split("Iranian security forces|Police|Russian troops|Ukrainian forces|the Syrian army|Israeli warplanes|Hamas militants|Colombian police|the government|the opposition|protesters|gunmen|rebels|the United Nations|the European Union|Chinese officials|the Turkish foreign ministry|human rights groups|Mexican soldiers|a drug cartel|the prime minister|the president|lawmakers|students|workers|riot police|the army|villagers|the Kremlin|Washington|Tehran|Kyiv", actors, "|")
  nv = split("attacked|arrested|criticized|condemned|met with|praised|accused|threatened|killed|detained|shelled|visited|urged|rejected|supported|kidnapped|fired tear gas at|opened fire on|imposed sanctions on|called on|negotiated with|deported|released|blamed|sued|expelled|hosted|warned|bombed|seized", verbs, "|")
  split("attack|arrest|criticize|condemn|meet with|praise|accuse|threaten|kill|detain|shell|visit|urge|reject|support|kidnap|fire tear gas at|open fire on|impose sanctions on|call on|negotiate with|deport|release|blame|sue|expel|host|warn|bomb|seize", bverbs, "|")
  np = split("in Tehran|in Kyiv|near the border|in the capital|in Bogota|in Gaza|in northern Syria|on Monday|on Tuesday|late on Friday|overnight|last week|in Mexico City|in Istanbul|in the south of the country", places, "|")
  nr = split("said|told reporters|announced|claimed|stated|reported", reps, "|")
  nb = split("The weather remained mild throughout the week.|Markets opened higher on Wednesday after a quiet session.|The report will be published next month.|Officials did not immediately respond to requests for comment.|The region has seen years of unrest.|Analysts expect the talks to continue into next year.|The football match was postponed because of heavy rain.|Prices for fuel and bread have risen sharply since January.|The ministry has not released casualty figures.|Local media showed images of damaged buildings.", back, "|")
  ns = split("Reuters|AP|AFP|Staff", bylines, "|")
  bytes = 0; id = 0
  while (bytes < target_bytes) {
    id++
    y = 2015 + int(rand() * 10); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
    date = sprintf("%04d-%02d-%02d", y, m, d)
    text = cap(pick(actors, na)) " " pick(verbs, nv) " " pick(actors, na) " " pick(places, np) ". "
    ns_ = 12 + int(rand() * 19)
    for (s = 0; s < ns_; s++) {
      r = rand()
      a = pick(actors, na); v = pick(verbs, nv); t = pick(actors, na); p = pick(places, np)
      if (r < 0.35)      sent = cap(a) " " v " " t " " p "."
      else if (r < 0.50) sent = cap(a) " " pick(reps, nr) " that " t " had " v " " pick(actors, na) " " p "."
      else if (r < 0.60) sent = cap(t) " " v " " a ", " pick(actors, na) " " pick(reps, nr) "."
      else if (r < 0.68) sent = "According to " a ", " t " " v " " pick(actors, na) " " p "."
      else if (r < 0.74) sent = cap(a) " did not " bverbs[int(rand() * nv) + 1] " " t ", officials said."
      else if (r < 0.80) sent = cap(a) " and " t " " v " " pick(actors, na) " " p " and " pick(places, np) "."
      else               sent = pick(back, nb)
      text = text sent " "
    }
    line = sprintf("{\"id\":\"gen-%06d\",\"date\":\"%s\",\"publisher\":\"%s\",\"text\":\"%s\"}", id, date, pick(bylines, ns), text)
    print line
    bytes += length(line) + 1
  }
}'
