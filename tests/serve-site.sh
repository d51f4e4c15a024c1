# Sourced by tests/load.sh and bench/site-load.sh. serve_site INDEX LOG [SITE OPTIONS…] starts the Release site
# over INDEX on a free loopback port, with the rate limit raised for a load run, waits until it answers, and sets
# url and site_pid (the caller stops the site). Build first: dotnet build src/Search.Web -c Release
serve_site() {
  local index=$1 log=$2 root candidate
  shift 2
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  # A free loopback port: one nothing answers on.
  url=""
  for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then url="http://127.0.0.1:$candidate"; break; fi
  done
  [ -n "$url" ] || { echo "no free port found" >&2; return 1; }
  dotnet "$root/src/Search.Web/bin/Release/net10.0/Search.Web.dll" --contentRoot "$root/src/Search.Web" --urls "$url" \
    --Search:IndexPath="$index" --Search:RateLimit:PermitsPerWindow=1000000 "$@" >"$log" 2>&1 &
  site_pid=$!
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$url/api/search?size=1" && return 0
    kill -0 "$site_pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "the site did not answer within 120 s" >&2; cat "$log" >&2; return 1
}
