#!/usr/bin/env bash
# Query plans and HTTP throughput of the list endpoints on PostgreSQL with a few hundred thousand tickets.
#   bash bench/run.sh [tickets-per-organisation=300000]
# Needs a local PostgreSQL with the role worktrackr/worktrackr (see .ci/run); uses its own database
# worktrackr_bench, which it recreates. Prints the plans and, if wrk is installed, requests per second.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300000}
db=worktrackr_bench
port=18080
export PGPASSWORD=worktrackr
psql_bench() { psql -h 127.0.0.1 -U worktrackr -d "$db" -q "$@"; }

runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER worktrackr"
ls target/worktrackr-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -DskipFrontend package
jar=$(ls target/worktrackr-*.jar | head -1)

WORKTRACKR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db WORKTRACKR_DB_USER=worktrackr WORKTRACKR_DB_PASSWORD=worktrackr \
  WORKTRACKR_DEMO=true PORT=$port java -jar "$jar" > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 0.5; done

echo "Seeding $n tickets into each of two organisations…"
time psql_bench -v n="$n" -f bench/seed-tickets.sql
psql_bench -f bench/plans.sql

if command -v wrk >/dev/null; then
  cookies=$(mktemp)
  curl -s -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/api/auth/csrf" >/dev/null
  xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
  curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    -d '{"email":"alice@demo.test","password":"demo-password"}' "http://127.0.0.1:$port/api/auth/login" >/dev/null
  xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
  token=$(curl -s -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "http://127.0.0.1:$port/api/me/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  for path in "/api/tickets?view=my" "/api/tickets?view=open" "/api/tickets?view=closed" "/api/tickets/counts" "/api/tickets?q=invoice"; do
    echo "=== wrk -t2 -c8 -d10s $path"
    wrk -t2 -c8 -d10s -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency"
  done
fi
