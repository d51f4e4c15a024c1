#!/usr/bin/env bash
# What a passage search costs over a benchmark corpus's index, and what its first page shows (issue 15): serves
# $BENCH_DATA/idx-search-CORPUS (the index side-by-side.sh left) with the Release site, runs the kit's first 20 queries
# on /api/passages (size 10) once to warm up and then three times, and appends one JSON line to
# bench/results/CORPUS/passage-search.jsonl: the median, p90 and max over the queries of each query's median milliseconds,
# and how many distinct paragraphs the first pages hold (copies of one paragraph fold under one hit).
# Usage: bench/passage-search.sh CORPUS
# Needs: dotnet build src/Search.Web -c Release
set -euo pipefail
CORPUS=$1
. "$(dirname "$0")/bench-site.sh"
bench_site "$CORPUS" passage-search.jsonl

head -20 "$KIT/queries-reuters.txt" | PYTHONPATH="$(dirname "$0")" python3 -c "
import json, re, sys, urllib.parse
from site_timing import get, medians, spread, sitting
url = '$url'
queries = [q.strip() for q in sys.stdin if q.strip()]
paths = ['/api/passages?size=10&q=' + urllib.parse.quote(q) for q in queries]
pages = [get(url, p)['passages'] for p in paths]
# A paragraph's text without its marks and spacing: two hits of one page with the same text are copies shown apart.
text = lambda h: re.sub(r'\W+', '', re.sub(r'<[^>]+>', '', h['html'])).lower()
print(json.dumps(dict(phase='passage-search', corpus_name='$CORPUS', queries=len(paths), **spread(medians(url, paths)),
    hits=sum(len(p) for p in pages), distinct_paragraphs=sum(len({text(h) for h in p}) for p in pages),
    copies_folded=sum(h.get('copyCount', 0) for p in pages for h in p), **sitting())))
" | tee -a "$OUT"
