#!/usr/bin/env bash
# Status-change throughput with and without the activity hash chain (issue 12, item 4), on the local PostgreSQL:
#   bash bench/audit-chain.sh BEFORE.jar AFTER.jar [--rounds 3] [--clients 8] [--duration 20]
# Each round runs each jar on a fresh database (worktrackr_chain_bench, role worktrackr), with the demo data,
# signs in as Alice, makes an API token and runs bench/StatusChangeBench.java (each client cycles its own tickets'
# status, no conflicts). Rounds alternate the jars so that the shared machine's load hits both alike.
# Run as root (creates the database via runuser -u postgres). Not part of CI. Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
before=${1:?before jar}; after=${2:?after jar}; shift 2
rounds=3; clients=8; duration=20; port=18191
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
db=worktrackr_chain_bench
base=http://127.0.0.1:$port
work=target/chain-bench
mkdir -p "$work"

run() { # label jar
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER worktrackr" >/dev/null
  WORKTRACKR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db WORKTRACKR_DB_USER=worktrackr WORKTRACKR_DB_PASSWORD=worktrackr \
    WORKTRACKR_DEMO=true PORT=$port java -Xmx512m -jar "$2" > "$work/server-$1.log" 2>&1 &
  local pid=$!
  local token
  token=$(demo_api_token "$base" "$work" "chain bench")
  echo "$1: $(java bench/StatusChangeBench.java --base "$base" --token "$token" --clients "$clients" --duration "$duration")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for r in $(seq 1 "$rounds"); do
  run "before-$r" "$before"
  run "after-$r" "$after"
done
