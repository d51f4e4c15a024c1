#!/usr/bin/env bash
# What a pasted text costs (issue 15: a journalist pastes one outlet's paragraphs to find how the others put it): serves
# $BENCH_DATA/idx-search-CORPUS (the index side-by-side.sh left) with the Release site, takes the first article of each
# of the kit's first 20 queries, pastes its opening paragraphs (up to 600 characters; bodies shorter than 501, which
# would be searched for all of their words, are skipped) into /api/search, /api/passages and /api/compare, each once
# to warm up and then three times, and appends one JSON line per endpoint to bench/results/CORPUS/pasted-text.jsonl: the
# median, p90 and max over the texts of each text's median milliseconds. Site options after the corpus are passed on and
# recorded, for an A/B of one setting (for example --Search:Query:FeedbackFirstPassWords=0).
# Usage: bench/pasted-text.sh CORPUS [SITE OPTIONS…]
# Needs: dotnet build src/Search.Web -c Release
set -euo pipefail
CORPUS=$1
shift
. "$(dirname "$0")/bench-site.sh"
bench_site "$CORPUS" pasted-text.jsonl "$@"
SITE_OPTIONS="$*"

head -20 "$KIT/queries-reuters.txt" | PYTHONPATH="$(dirname "$0")" python3 -c "
import json, sys, urllib.parse
from site_timing import get, medians, spread, sitting
url = '$url'
texts = []
for q in (q.strip() for q in sys.stdin if q.strip()):
    hits = get(url, '/api/search?size=1&q=' + urllib.parse.quote(q))['hits']
    if not hits: continue
    text = ''
    for p in get(url, '/api/articles/' + urllib.parse.quote(hits[0]['id']))['paragraphs']:
        text = (text + ' ' + p['text']).strip()
        if len(text) >= 600: break
    if len(text) > 500: texts.append(text[:600])
for endpoint in ('search', 'passages', 'compare'):
    paths = ['/api/%s?q=%s' % (endpoint, urllib.parse.quote(t)) for t in texts]
    for p in paths: get(url, p)  # warm up
    print(json.dumps(dict(phase='pasted-text', corpus_name='$CORPUS', endpoint=endpoint, texts=len(texts),
        chars_median=sorted(len(t) for t in texts)[len(texts) // 2], **spread(medians(url, paths)), **sitting(),
        **({'site_options': '$SITE_OPTIONS'} if '$SITE_OPTIONS' else {}))))
" | tee -a "$OUT"
