#!/usr/bin/env bash
# What the side-by-side view costs over a benchmark corpus's index (issue 15): serves $BENCH_DATA/idx-search-CORPUS (the
# index side-by-side.sh left) with the Release site, runs the kit's first 20 queries on /api/compare once to warm up and
# then three times, and appends one JSON line to bench/results/CORPUS/compare.jsonl: the median, p90 and max over the
# queries of each query's median milliseconds, and how many outlets report the queries and how many are silent.
# Usage: bench/compare.sh CORPUS
# Needs: dotnet build src/Search.Web -c Release
set -euo pipefail
CORPUS=$1
. "$(dirname "$0")/bench-site.sh"
bench_site "$CORPUS" compare.jsonl

head -20 "$KIT/queries-reuters.txt" | PYTHONPATH="$(dirname "$0")" python3 -c "
import json, sys, urllib.parse
from site_timing import get, medians, spread, sitting
url = '$url'
queries = [q.strip() for q in sys.stdin if q.strip()]
paths = ['/api/compare?q=' + urllib.parse.quote(q) for q in queries]
views = [get(url, p) for p in paths]
print(json.dumps(dict(phase='compare', corpus_name='$CORPUS', queries=len(paths), **spread(medians(url, paths)),
    reporting=sum(len(v['reporting']) + v.get('moreReporting', 0) for v in views), passages=sum(r['passages'] for v in views for r in v['reporting']),
    silent=sum(len(v['silent']) for v in views), **sitting())))
" | tee -a "$OUT"
