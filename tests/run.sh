#!/usr/bin/env bash
# The test command: installs what the browser tests need (Debian's Chromium) when it is missing, then
# runs every test project. Prints a closing line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (Debian package 'chromium')..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
fi
log=$(mktemp)
status=0
dotnet test Search.sln "$@" 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed"
exit "$status"
