#!/usr/bin/env bash
# The load test of issue 18 (not part of tests/run.sh; it takes a few minutes). From a clean clone:
# builds Release, converts and indexes Reuters-21578 into a fresh temporary folder, serves that index on
# a free loopback port with the rate limit raised, runs `search load` at concurrency 1, 4 and 16, then
# again while an indexer in another process adds and changes 2,000 articles a round, and stops the site.
# Settings: REUTERS (the Reuters-21578 folder), LOAD_SECONDS (per level, default 20), LOAD_LEVELS (1,4,16).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
reuters=${REUTERS:-../shared/data/reuters21578}
seconds=${LOAD_SECONDS:-20}
levels=${LOAD_LEVELS:-1,4,16}
work=$(mktemp -d "${TMPDIR:-/tmp}/search-load.XXXXXX")
site_pid=""

stop_site() {
  if [ -n "$site_pid" ] && kill -0 "$site_pid" 2>/dev/null; then
    kill "$site_pid" && wait "$site_pid" 2>/dev/null || true
  fi
  site_pid=""
}
trap 'stop_site; rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build src/Search.Cli -c Release -nologo -v q | grep -E "error|Warn|Elapsed" || true
dotnet build src/Search.Web -c Release -nologo -v q | grep -E "error|Warn|Elapsed" || true
cli=(dotnet src/Search.Cli/bin/Release/net10.0/search.dll)

echo "== convert and index Reuters-21578 into $work"
"${cli[@]}" convert-reuters --from "$reuters" --out "$work/reuters.jsonl"
"${cli[@]}" index "$work/reuters.jsonl" --to "$work/index"

. tests/serve-site.sh
serve_site "$work/index" "$work/site.log" || exit 1
echo "== serving on $url (log: $work/site.log)"

# The machine's load average is printed before and after: figures taken beside other busy processes are not comparable.
echo "== load, without and while indexing ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
timeout 480 "${cli[@]}" load --url "$url" --concurrency "$levels" --seconds "$seconds" --site-pid "$site_pid" \
  --while-indexing --index "$work/index" --articles "$work/reuters.jsonl" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_site
if [ "$status" -ne 0 ]; then echo "load: exit code $status; the site's log follows" >&2; tail -n 50 "$work/site.log" >&2; fi
exit "$status"
