# Sourced by the bench scripts that measure the site over a benchmark corpus's index (article-links.sh, compare.sh,
# passage-search.sh, site-load.sh). bench_site CORPUS RESULTS_FILE [SITE OPTIONS…] checks that
# $BENCH_DATA/idx-search-CORPUS is there (the index side-by-side.sh leaves), serves it with the Release site
# (tests/serve-site.sh) until the script exits, and sets KIT, INDEX, OUT (bench/results/CORPUS/RESULTS_FILE, or the
# same file under OUT_JSONL_DIR), url and site_pid.
bench_site() {
  local corpus=$1 results=$2 root
  shift 2
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  KIT="${KIT:-$root/../shared/bench}"
  INDEX="${BENCH_DATA:-/tmp/benchdata}/idx-search-$corpus"
  OUT="${OUT_JSONL_DIR:-$root/bench/results/$corpus}/$results"; mkdir -p "$(dirname "$OUT")"
  [ -d "$INDEX" ] || { echo "$INDEX: no index; run bench/side-by-side.sh $corpus first" >&2; exit 1; }
  bench_log=$(mktemp); site_pid=""
  trap '[ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null; rm -f "$bench_log"' EXIT
  . "$root/tests/serve-site.sh"
  serve_site "$INDEX" "$bench_log" "$@" || exit 1
}
