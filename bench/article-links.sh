#!/usr/bin/env bash
# What an article's first view costs over a benchmark corpus's index (issue 15): the site works out each paragraph's
# links (a candidate search per paragraph, then the comparisons) the first time an article is asked for. Serves
# $BENCH_DATA/idx-search-CORPUS (the index side-by-side.sh left) with the Release site, takes the top 3 hits of the
# kit's first 20 queries, asks /api/articles/{id} once for each (a fresh site, so every view is a first one), and
# appends one JSON line with the median, p90 and max milliseconds to bench/results/CORPUS/article-links.jsonl.
# Usage: bench/article-links.sh CORPUS
# Needs: dotnet build src/Search.Web -c Release
set -euo pipefail
CORPUS=$1
. "$(dirname "$0")/bench-site.sh"
bench_site "$CORPUS" article-links.jsonl

head -20 "$KIT/queries-reuters.txt" | PYTHONPATH="$(dirname "$0")" python3 -c "
import json, statistics, sys, urllib.parse
from site_timing import get, timed, spread, sitting
url = '$url'
ids = []
for q in sys.stdin:
    for hit in get(url, '/api/search?size=3&q=' + urllib.parse.quote(q.strip()))['hits']:
        if hit['id'] not in ids: ids.append(hit['id'])
times, paragraphs, links = [], [], 0
for id in ids:
    ms, article = timed(url, '/api/articles/' + urllib.parse.quote(id))
    times.append(ms)
    paragraphs.append(len(article['paragraphs']))
    links += sum(len(p['corroborations']) for p in article['paragraphs'])
times.sort()
print(json.dumps(dict(phase='article-links', corpus_name='$CORPUS', articles=len(ids), paragraphs_median=statistics.median(paragraphs),
    **spread(times), links=links, **sitting())))
" | tee -a "$OUT"
