#!/usr/bin/env python3
"""How right "Other reports of this event" is, over the blind sets' articles served by a running site.

Usage (from the repository root):
  dotnet src/Search.Cli/bin/Release/net10.0/search.dll index ../shared/seeds tests/Search.Core.Tests/Linking/Labels/Unseen --index /tmp/related-idx
  dotnet src/Search.Web/bin/Release/net10.0/Search.Web.dll --urls http://127.0.0.1:5099 --Search:IndexPath=/tmp/related-idx &
  python3 bench/related-same-event.py http://127.0.0.1:5099

Truth comes from each set's labels (facts.json), written blind: two articles of a set report one event when a labelled fact
joins them, directly or through others; a distractor reports none of its set's events. For every article, each story its
page lists under related coverage is counted right or wrong by whether the site marks it `sameEvent`.
"""
import collections
import glob
import json
import os
import sys
import time
import urllib.error
import urllib.request

UNSEEN = "tests/Search.Core.Tests/Linking/Labels/Unseen"


def events():
    """Each labelled article's event (set and a representative article), or None for a distractor."""
    event = {}
    for path in sorted(glob.glob(os.path.join(UNSEEN, "*", "facts.json"))):
        labels = json.load(open(path))
        name = os.path.basename(os.path.dirname(path))
        distractors = set(labels.get("distractors", []))
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x

        for fact in labels["facts"]:
            articles = [p["article"] for p in fact.get("passages", []) if p["article"] not in distractors]
            for other in articles[1:]:
                parent[find(other)] = find(articles[0])
        ids = labels["articles"] if isinstance(labels["articles"], list) else list(labels["articles"])
        for article in ids:
            event[article] = None if article in distractors else f"{name}:{find(article)}"
    return event


def get(url):
    while True:
        try:
            return json.load(urllib.request.urlopen(url))
        except urllib.error.HTTPError as e:
            if e.code != 429:  # the site's rate limit: wait and ask again
                raise
            time.sleep(1)


def main(site):
    event = events()
    counts = collections.Counter()
    wrong = []
    for article, own in event.items():
        for related in get(f"{site}/api/articles/{article}")["related"]:
            truth = own is not None and own == event.get(related["id"])
            said = related.get("sameEvent", False)
            counts[(said, truth)] += 1
            if said and not truth:
                wrong.append((article, related["id"]))
    right, false, missed = counts[(True, True)], counts[(True, False)], counts[(False, True)]
    print(f"other reports of this event: {right} right, {false} wrong (precision {right / max(1, right + false):.3f}); "
          f"{missed} reports of the event listed among stories like it")
    for pair in wrong:
        print("  wrong:", *pair)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5099")
