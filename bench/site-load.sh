#!/usr/bin/env bash
# The site under load over a benchmark corpus's index (issue 17). Serves $BENCH_DATA/idx-search-CORPUS (the
# index side-by-side.sh left) with the Release site on a free loopback port, replays the kit's 200-query mix
# through /api/search (the full search) with `search load --queries` at each concurrency level in turn, and
# appends one JSON line a level, with the machine's load before and after, to bench/results/CORPUS/site-load.jsonl.
# Usage: [DIRECTORY=MMap|SimpleFS|NIOFS] bench/site-load.sh CORPUS [LEVELS="1 2 4 16"] [SECONDS=30]
# Needs: dotnet build src/Search.Cli -c Release && dotnet build src/Search.Web -c Release
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS=$1; LEVELS=${2:-"1 2 4 16"}; SECONDS_PER_LEVEL=${3:-30}; DIRECTORY=${DIRECTORY:-MMap}
. "$ROOT/bench/bench-site.sh"
bench_site "$CORPUS" site-load.jsonl --Search:Directory="$DIRECTORY"

for level in $LEVELS; do
  before=$(cut -d' ' -f1 /proc/loadavg)
  dotnet "$ROOT/src/Search.Cli/bin/Release/net10.0/search.dll" load --url "$url" --queries "$KIT/queries-reuters.txt" \
    --concurrency "$level" --seconds "$SECONDS_PER_LEVEL" --site-pid "$site_pid" --json |
  python3 -c "
import json, os, sys, time
for line in sys.stdin:
    r = json.loads(line)
    if r.get('event') != 'level': continue
    r.update(phase='site-load', corpus_name='$CORPUS', engine_name='search', directory='$DIRECTORY', load1_before=$before, load1=os.getloadavg()[0],
             at=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), cores=os.cpu_count())
    print(json.dumps(r), flush=True)" | tee -a "$OUT"
done
