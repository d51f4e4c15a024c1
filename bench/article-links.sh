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

head -20 "$KIT/queries-reuters.txt" | python3 -c "
import json, os, statistics, sys, time, urllib.parse, urllib.request
url = '$url'
def get(path):
    with urllib.request.urlopen(url + path) as r: return json.load(r)
ids = []
for q in sys.stdin:
    for hit in get('/api/search?size=3&q=' + urllib.parse.quote(q.strip()))['hits']:
        if hit['id'] not in ids: ids.append(hit['id'])
times, paragraphs, links = [], [], 0
for id in ids:
    start = time.perf_counter()
    article = get('/api/articles/' + urllib.parse.quote(id))
    times.append((time.perf_counter() - start) * 1000)
    paragraphs.append(len(article['paragraphs']))
    links += sum(len(p['corroborations']) for p in article['paragraphs'])
times.sort()
print(json.dumps(dict(phase='article-links', corpus_name='$CORPUS', articles=len(ids), paragraphs_median=statistics.median(paragraphs),
    ms_median=round(statistics.median(times), 1), ms_p90=round(times[int(0.9 * (len(times) - 1))], 1), ms_max=round(times[-1], 1),
    links=links, load1=os.getloadavg()[0], at=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), cores=os.cpu_count())))
" | tee -a "$OUT"
