#!/usr/bin/env bash
# Relevance feedback's gain by the length of the query, on a SMART collection (default CISI): does a pasted paragraph
# need it as much as a few words do? Prints, for topics by their number of distinct words, the mean per-topic
# difference (feedback on minus off) in average precision and nDCG@10, ± its standard error, and the topics that
# got better and worse.
#   bench/feedback-by-length.sh [../shared/data/ir/cisi]
set -euo pipefail
cd "$(dirname "$0")/.."
collection=${1:-../shared/data/ir/cisi}
dotnet build src/Search.Cli -c Release -v q -nologo >/dev/null
runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
dotnet src/Search.Cli/bin/Release/net10.0/search.dll evaluate-ranking "$collection" \
    --set feedback=false --compare feedback=true --per-topic --json > "$runs"
python3 - "$collection" "$runs" <<'PY'
import glob, json, re, statistics, sys
collection, runs = sys.argv[1], json.load(open(sys.argv[2]))
# A topic's length: its distinct words, from the .W field of the collection's .QRY file.
text = open(glob.glob(collection + "/*.QRY")[0]).read()
length = {}
for topic in re.split(r"^\.I\s+", text, flags=re.M)[1:]:
    body = re.search(r"^\.W\s*\n(.*?)(?=^\.[A-Z]|\Z)", topic, flags=re.M | re.S)
    length[topic.split()[0]] = len({w.lower() for w in body.group(1).split()}) if body else 0
off, on = ({t["topic"]: t for t in run["topics"]} for run in runs["runs"])
for low, high in [(0, 20), (20, 40), (40, 10**6)]:
    ids = [t for t in off if low <= length[t] < high]
    if len(ids) < 2:
        continue
    line = f"{runs['collection']} topics of {low}{'+' if high == 10**6 else f'-{high - 1}'} distinct words ({len(ids)}):"
    for measure in ["averagePrecision", "ndcg10"]:
        d = [on[t][measure] - off[t][measure] for t in ids]
        line += (f"  {measure} {statistics.mean(off[t][measure] for t in ids):.4f} off, {statistics.mean(d):+.4f} ± "
                 f"{statistics.stdev(d) / len(d) ** 0.5:.4f} on ({sum(x > 0 for x in d)} better, {sum(x < 0 for x in d)} worse)")
    print(line)
PY
