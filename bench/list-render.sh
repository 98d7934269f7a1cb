#!/usr/bin/env bash
# The ticket list's render cost in Chromium (issue 15), see bench/results/2026-12-01-list-render.md:
#   bash bench/list-render.sh [GIT-REF]
# Builds the web app (of GIT-REF's frontend/ when given, in a temporary worktree; else of the working tree) into
# target/classes/static, runs TicketListSpeedBrowserTests on H2 (200 tickets rendered and refreshed, an
# inline change on 250) and prints the long tasks it measured: "blocking" is the total blocking time (the part
# of each main-thread task over 50 ms), "longest" the longest task, all in ms. Not part of CI; the test's
# budgets are (with the measurements) in the test class. Numbers depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ref=${1:-}

src=$root/frontend
if [ -n "$ref" ]; then
  tmp=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$tmp/wt" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
  git worktree add --detach "$tmp/wt" "$ref" >/dev/null
  src=$tmp/wt/frontend
  ln -s "$root/frontend/node_modules" "$src/node_modules"
fi

(cd "$src" && npx vite build --outDir "$root/target/classes/static" --emptyOutDir >/dev/null)
rm -f target/list-render-metrics.txt
# the budgets may fail on the old code: the numbers are printed either way
./mvnw -q -DskipFrontend -DskipPostgres verify -Dtest=TicketListSpeedBrowserTests \
  -Dsurefire.failIfNoSpecifiedTests=false >target/list-render.log 2>&1 || echo "(test failed: see target/list-render.log)"
echo "web app: ${ref:-working tree}; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/list-render-metrics.txt
