#!/usr/bin/env bash
# Statements per status change, counted (not timed): a fresh PostgreSQL database with the demo data, N tickets
# (default 30) made through the API, then N sequential changes open -> in_progress, N in_progress -> pending and
# N pending -> open; pg_stat_statements (scoped to this database) is reset before each kind and written to
# target/status-statements/LABEL/<status>.txt with calls per change. One client, nothing concurrent: the counts
# are exact on a busy machine where timings are not. Usage: bench/status-change-statements.sh JAR LABEL [N]
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$1; label=$2; n=${3:-30}; db=wt_statements; port=18293; base=http://127.0.0.1:$port; out=target/status-statements/$label; mkdir -p $out
runuser -u postgres -- psql -X -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER worktrackr" >/dev/null
runuser -u postgres -- psql -X -q -d $db -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
WORKTRACKR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db WORKTRACKR_DB_USER=worktrackr WORKTRACKR_DB_PASSWORD=worktrackr \
  WORKTRACKR_DEMO=true PORT=$port java -Xmx512m -jar "$jar" > "$out/server.log" 2>&1 &
pid=$!
token=$(demo_api_token "$base" "$out" statements)
api() { curl -sf -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$3" "$base$2"; }
declare -a ids vers
for i in $(seq 0 $((n-1))); do
  b=$(api POST /api/tickets "{\"title\":\"trace $i\",\"description\":\"x\"}"); ids[$i]=$(echo "$b" | jq -r .id); vers[$i]=$(echo "$b" | jq -r .version)
done
sleep 3
dbid=$(runuser -u postgres -- psql -X -At -c "select oid from pg_database where datname='$db'")
for to in in_progress pending open; do
  runuser -u postgres -- psql -X -q -At -d $db -c "select pg_stat_statements_reset(0, $dbid, 0)" >/dev/null
  for i in $(seq 0 $((n-1))); do
    b=$(api PATCH /api/tickets/${ids[$i]} "{\"version\":${vers[$i]},\"status\":\"$to\"}") || echo "FAILED $i $to"
    vers[$i]=$(echo "$b" | jq -r .version)
  done
  sleep 3
  runuser -u postgres -- psql -X -d $db -c "select calls, round(calls::numeric/$n,2) per_change, rows, left(regexp_replace(query,'\s+',' ','g'),150) q from pg_stat_statements where dbid=$dbid and query not like '%pg_stat_statements%' order by calls desc, query" > $out/$to.txt
  echo "== -> $to"; cat $out/$to.txt
done
kill $pid; wait $pid 2>/dev/null
