#!/usr/bin/env bash
# The worst case of the side-by-side view's figures that differ (issue 15): 3,000 generated reports of one fire, of unknown
# source (so each stands alone as a card), each with its own count of the killed and injured. Indexes them once into
# $BENCH_DATA/idx-search-fires, serves the index with the Release site, times /api/compare?q=killed (100 cards, all with
# figures that differ) 3 times to warm up and then 15, and appends one JSON line to bench/results/fires/compare-figures.jsonl.
# Usage: bench/compare-figures.sh [BUILD_LABEL]
# Needs: dotnet build src/Search.Cli -c Release && dotnet build src/Search.Web -c Release
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export BENCH_DATA="${BENCH_DATA:-/tmp/benchdata}"
if [ ! -d "$BENCH_DATA/idx-search-fires" ]; then
  articles=$(mktemp -d)
  python3 -c "
import json, random
random.seed(7)
words = 'residents gathered outside the cordon as investigators began their work on the morning after the blaze spread through several floors of the building'.split()
def filler(n): return ' '.join(random.choice(words) for _ in range(n)).capitalize() + '.'
for i in range(3000):
    lead = f'At least {random.randint(5, 40)} people were killed in a fire in Lyon on Tuesday, and {random.randint(10, 90)} people were injured, officials said.'
    print(json.dumps(dict(id=f'fire-{i}', title=f'Fire report {i}', body=lead + '\n\n' + filler(40) + '\n\n' + filler(30), date='2023-05-02')))
" > "$articles/fires.jsonl"
  dotnet "$root/src/Search.Cli/bin/Release/net10.0/search.dll" index "$articles" --index "$BENCH_DATA/idx-search-fires"
  rm -rf "$articles"
fi
. "$root/bench/bench-site.sh"
bench_site fires compare-figures.jsonl

PYTHONPATH="$root/bench" python3 -c "
import json, statistics
from site_timing import timed, sitting
path = '/api/compare?q=killed'
for _ in range(3): timed('$url', path)
runs = [timed('$url', path) for _ in range(15)]
body = runs[-1][1]
print(json.dumps(dict(phase='compare-figures', corpus_name='fires', cards=len(body['reporting']),
    figures_differ={d['counted']: len(d['figures']) for d in body.get('figuresDiffer', [])},
    ms_median=round(statistics.median(ms for ms, _ in runs), 1), build='${1:-}', **sitting())))
" | tee -a "$OUT"
