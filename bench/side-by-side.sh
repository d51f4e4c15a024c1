#!/usr/bin/env bash
# One sitting of the kit's comparison: each engine in turn on one corpus, strictly one at a time, with the
# machine's load recorded before and after each (the machine is shared; only ratios within a sitting mean much).
# Usage: bench/side-by-side.sh CORPUS [ENGINES="search lucene410 lucene8 fts5 search"] [RUNS=2] [WARM=3] [PASSES=3]
#   An engine NAME=PATH.dll runs another build of this benchmark under that name (an earlier commit, say).
#   Needs ../shared/bench/setup.sh to have run (BENCH_DATA, default /tmp/benchdata) and a Release build:
#   dotnet build bench/Search.Benchmarks -c Release
# Appends the kit's JSON lines to $OUT_JSONL (default bench/results/CORPUS/raw.jsonl) and load lines to load.jsonl beside it;
# `dotnet bench/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll report bench/results docs` then writes docs/benchmarks.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KIT="${KIT:-$ROOT/../shared/bench}"
CORPUS=$1; ENGINES=${2:-"search lucene410 lucene8 fts5 search"}; RUNS=${3:-2}; WARM=${4:-3}; PASSES=${5:-3}
export BENCH_DATA=${BENCH_DATA:-/tmp/benchdata}; export OUT_JSONL=${OUT_JSONL:-$ROOT/bench/results/$CORPUS/raw.jsonl}; mkdir -p "$(dirname "$OUT_JSONL")"
LOADS="$(dirname "$OUT_JSONL")/load.jsonl"
DLL="${BENCH_DLL:-$ROOT/bench/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll}"
load() { python3 -c "import json,os,time; print(json.dumps({'phase':'load','engine_name':'$1','corpus_name':'$CORPUS','when':'$2','at':time.strftime('%Y-%m-%dT%H:%M:%SZ',time.gmtime()),'load1':os.getloadavg()[0],'load5':os.getloadavg()[1],'cores':os.cpu_count()}))" >> "$LOADS"; }
for e in $ENGINES; do
  load "${e%%=*}" before
  if [ "$e" = search ]; then
    BENCH_CMD="dotnet $DLL" ENGINE_NAME=search "$KIT/run.sh" cmd "$CORPUS" "$RUNS" "$WARM" "$PASSES"
  elif [[ "$e" == *=* ]]; then
    BENCH_CMD="dotnet ${e#*=}" ENGINE_NAME="${e%%=*}" "$KIT/run.sh" cmd "$CORPUS" "$RUNS" "$WARM" "$PASSES"
  else
    "$KIT/run.sh" "$e" "$CORPUS" "$RUNS" "$WARM" "$PASSES"
  fi
  load "${e%%=*}" after
  # What takes the space in the index this engine left (FTS5's is one .db file).
  name=${e%%=*}; idx="$BENCH_DATA/idx-$name-$CORPUS"; [ "$name" = fts5 ] && idx="$idx.db"
  dotnet "$DLL" space "$idx" "$name" "$CORPUS" >> "$OUT_JSONL" || true
done
