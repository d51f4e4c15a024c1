#!/usr/bin/env python3
"""Linking over each blind set in an index of its own, and over the five seed label sets: each set's figures and their sum.

Usage (from the repository root, after `dotnet build src/Search.Cli -c Release`):
  python3 bench/blind-sets.py [--run CLI_DIR] [--out DIR] [-- evaluate-linking options...]

For example `python3 bench/blind-sets.py -- --phrase-common-share 0` measures a setting. Two evaluations run at once. The
JSON of each is kept in --out (default /tmp/blind-sets) for comparing two builds' wrong and missed links.
"""
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

UNSEEN = "tests/Search.Core.Tests/Linking/Labels/Unseen"
LABELS = "tests/Search.Core.Tests/Linking/Labels"
SEEDS = ["seed-facts", "seed-facts-audited", "seed-facts-second", "seed-facts-second-audited", "seed-facts-third"]


def arguments(argv):
    run, out, extra = "src/Search.Cli/bin/Release/net10.0", "/tmp/blind-sets", []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    for i, arg in enumerate(argv):
        if arg == "--run":
            run = argv[i + 1]
        elif arg == "--out":
            out = argv[i + 1]
    return run, out, extra


def evaluate(run, out, extra, name, options):
    target = os.path.join(out, name + ".json")
    with open(target, "w") as stdout:
        subprocess.run(["dotnet", os.path.join(run, "search.dll"), "evaluate-linking", "--json", *options, *extra],
                       stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    return name, json.load(open(target))


def line(name, result):
    c, f = result["corroboration"], result["conflicts"]
    return (f"{name:28s} links {c['precision']:.3f} / {c['recall']:.3f} ({c['correct']} of {c['found']}, {c['expected']} labelled)"
            f"  flags {f['precision']:.3f} / {f['recall']:.3f} ({f['correct']} of {f['found']}, {f['expected']} labelled)")


def main():
    run, out, extra = arguments(sys.argv[1:])
    os.makedirs(out, exist_ok=True)
    jobs = [(os.path.basename(os.path.dirname(p)),
             ["--articles", os.path.join(os.path.dirname(p), "articles"), "--labels", p, "--judgments", "none"])
            for p in sorted(glob.glob(os.path.join(UNSEEN, "*", "facts.json")))]
    jobs += [("seed:" + s, ["--labels", os.path.join(LABELS, s + ".json")]) for s in SEEDS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: evaluate(run, out, extra, *job), jobs))
    total = {k: 0 for k in ("lf", "lc", "le", "ff", "fc", "fe")}
    for name, result in results:
        print(line(name, result))
        if name.startswith("seed:"):
            continue
        c, f = result["corroboration"], result["conflicts"]
        for key, value in (("lf", c["found"]), ("lc", c["correct"]), ("le", c["expected"]),
                           ("ff", f["found"]), ("fc", f["correct"]), ("fe", f["expected"])):
            total[key] += value
    sets = len([r for r in results if not r[0].startswith("seed:")])
    print(f"{sets} blind sets: links {total['lc']} of {total['lf']} right ({total['lc'] / max(1, total['lf']):.3f},"
          f" recall {total['lc'] / max(1, total['le']):.3f}); flags {total['fc']} of {total['ff']} right"
          f" ({total['fc'] / max(1, total['ff']):.3f}, recall {total['fc'] / max(1, total['fe']):.3f})")


if __name__ == "__main__":
    main()
