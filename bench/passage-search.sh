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

head -20 "$KIT/queries-reuters.txt" | python3 -c "
import json, os, re, statistics, sys, time, urllib.parse, urllib.request
url = '$url'
def get(path):
    with urllib.request.urlopen(url + path) as r: return json.load(r)
queries = [q.strip() for q in sys.stdin if q.strip()]
paths = ['/api/passages?size=10&q=' + urllib.parse.quote(q) for q in queries]
pages = [get(p)['passages'] for p in paths]
runs = {p: [] for p in paths}
for _ in range(3):
    for p in paths:
        start = time.perf_counter(); get(p); runs[p].append((time.perf_counter() - start) * 1000)
times = sorted(statistics.median(t) for t in runs.values())
# A paragraph's text without its marks and spacing: two hits of one page with the same text are copies shown apart.
text = lambda h: re.sub(r'\W+', '', re.sub(r'<[^>]+>', '', h['html'])).lower()
print(json.dumps(dict(phase='passage-search', corpus_name='$CORPUS', queries=len(paths),
    ms_median=round(statistics.median(times), 1), ms_p90=round(times[int(0.9 * (len(times) - 1))], 1), ms_max=round(times[-1], 1),
    hits=sum(len(p) for p in pages), distinct_paragraphs=sum(len({text(h) for h in p}) for p in pages),
    copies_folded=sum(h.get('copyCount', 0) for p in pages for h in p),
    load1=os.getloadavg()[0], at=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), cores=os.cpu_count())))
" | tee -a "$OUT"
