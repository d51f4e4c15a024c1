#!/usr/bin/env python3
"""The thirty blind sets as one archive, to count the links that join two sets' events, which no set's own evaluation sees.

Usage (from the repository root):
  python3 bench/combined-blind-sets.py /tmp/combined
  dotnet src/Search.Cli/bin/Release/net10.0/search.dll evaluate-linking --articles /tmp/combined/articles \
      --labels /tmp/combined/facts.json --judgments none --misses 1000

Some article ids recur across sets ("crash-afp"), so each id is written "<set>--<id>", in the articles and in every label.
No labelled fact or conflict spans two sets, so a link or a flag between two sets' articles is counted wrong: the cross-event
errors a reader of one archive sees. The script prints how many there are after it runs the evaluation, if asked to
(`--run CLI_DIR`).
"""
import glob
import json
import os
import subprocess
import sys

UNSEEN = "tests/Search.Core.Tests/Linking/Labels/Unseen"


def prefixed(quote, name):
    return {**quote, "article": f"{name}--{quote['article']}"}


def combine(out):
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    merged = {"about": "The blind sets as one archive (bench/combined-blind-sets.py).", "articles": {}, "distractors": [],
              "facts": [], "conflicts": [], "agreements": []}
    with open(os.path.join(out, "articles", "articles.jsonl"), "w") as articles:
        for path in sorted(glob.glob(os.path.join(UNSEEN, "*", "facts.json"))):
            name = os.path.basename(os.path.dirname(path))
            for source in sorted(glob.glob(os.path.join(os.path.dirname(path), "articles", "*.jsonl"))):
                for line in open(source):
                    if line.strip():
                        article = json.loads(line)
                        article["id"] = f"{name}--{article['id']}"
                        articles.write(json.dumps(article, ensure_ascii=False) + "\n")
            labels = json.load(open(path))
            listed = labels.get("articles", {})  # by id with its outlet, or a list of ids
            merged["articles"].update({f"{name}--{k}": v for k, v in (listed.items() if isinstance(listed, dict) else ((k, "") for k in listed))})
            merged["distractors"] += [f"{name}--{d}" if isinstance(d, str) else d for d in labels.get("distractors", [])]
            for fact in labels.get("facts", []):
                merged["facts"].append({**fact, "id": f"{name}--{fact['id']}", "passages": [prefixed(p, name) for p in fact["passages"]]})
            for kind in ("conflicts", "agreements"):
                for pair in labels.get(kind, []):
                    merged[kind].append({**pair, "id": f"{name}--{pair.get('id', '')}", "a": prefixed(pair["a"], name), "b": prefixed(pair["b"], name)})
    json.dump(merged, open(os.path.join(out, "facts.json"), "w"), ensure_ascii=False, indent=1)


def run(out, cli):
    result = subprocess.run(["dotnet", os.path.join(cli, "search.dll"), "evaluate-linking", "--json", "--misses", "100000", "--judgments", "none",
                             "--articles", os.path.join(out, "articles"), "--labels", os.path.join(out, "facts.json")],
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    for kind in ("corroboration", "conflicts"):
        score = report[kind]
        across = [w for w in score["wrong"] if w.split("--")[0] != w.split(" ~ ")[1].split("--")[0]]
        print(f"{kind}: {score['correct']} of {score['found']} right ({score['precision']:.3f}, recall {score['recall']:.3f}); "
              f"{len(across)} of the {score['found'] - score['correct']} wrong join two sets")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    combine(sys.argv[1])
    if len(sys.argv) == 4 and sys.argv[2] == "--run":
        run(sys.argv[1], sys.argv[3])
