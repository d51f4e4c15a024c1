#!/usr/bin/env bash
# What the news synonyms cost and change in the article search (issue 15): serves $BENCH_DATA/idx-search-CORPUS (the
# index side-by-side.sh left) twice with the Release site, synonyms on (the default) and off
# (Search:Query:NewsSynonyms=false), times the kit's first 100 queries and a few news words on /api/search, alternating
# the two sites, three times after a warm-up, and appends one JSON line to bench/results/CORPUS/news-synonyms.jsonl:
# the median and p90 over the queries of each query's median milliseconds on each site, over all queries and over those
# that found a synonym, and how many totals the synonyms changed.
# Usage: bench/news-synonyms.sh CORPUS
# Needs: dotnet build src/Search.Web -c Release
set -euo pipefail
CORPUS=$1
. "$(dirname "$0")/bench-site.sh"
bench_site "$CORPUS" news-synonyms.jsonl
on_url=$url on_pid=$site_pid off_log=$(mktemp)
serve_site "$INDEX" "$off_log" --Search:Query:NewsSynonyms=false || exit 1
off_url=$url
trap 'kill "$on_pid" "$site_pid" 2>/dev/null; rm -f "$bench_log" "$off_log"' EXIT

{ head -100 "$KIT/queries-reuters.txt"; printf '%s\n' killed "police arrested" "oil price rise" "troops sent" "fuel prices increase" \
    "protesters detained" shooting beheaded; } | PYTHONPATH="$(dirname "$0")" python3 -c "
import json, statistics, sys, urllib.parse
from site_timing import get, timed, spread, sitting
queries = [q.strip() for q in sys.stdin if q.strip()]
paths = ['/api/search?q=' + urllib.parse.quote(q) for q in queries]
on, off = {p: [] for p in paths}, {p: [] for p in paths}
for p in paths: get('$on_url', p); get('$off_url', p)
for _ in range(3):
    for p in paths:
        on[p].append(timed('$on_url', p)[0]); off[p].append(timed('$off_url', p)[0])
found = [p for p in paths if get('$on_url', p)['synonyms']]
changed = sum(get('$on_url', p)['total'] != get('$off_url', p)['total'] for p in paths)
def times(site, chosen): return spread(sorted(statistics.median(site[p]) for p in chosen))
print(json.dumps(dict(phase='news-synonyms', corpus_name='$CORPUS', queries=len(paths), with_synonyms=len(found), totals_changed=changed,
    on=times(on, paths), off=times(off, paths), on_with_synonyms=times(on, found), off_with_synonyms=times(off, found), **sitting())))
" | tee -a "$OUT"
