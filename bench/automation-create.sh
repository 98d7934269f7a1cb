#!/usr/bin/env bash
# Ticket creation throughput with no automation rules vs 20 enabled ticket_created rules (issue 13's budget: within
# 25 % of the throughput without rules), on the existing bench database.
#
#   bash bench/automation-create.sh [--duration 10] [--warmup 2]
#
# Needs: `bash bench/run.sh` done before (PostgreSQL on 127.0.0.1:5432 with the seeded database worktrackr_bench,
# password worktrackr_bench, "Demo Support" with admin@demo.test / alice@demo.test, password demo-password) and a
# built jar (./mvnw -q -DskipTests -DskipFrontend package). Run it on a quiet machine: the numbers are the point.
#
# What it does, on one server it starts itself (127.0.0.1:18081, -Xmx512m, like bench/run.sh):
#  1. disables the organisation's own enabled rules for the run (the demo ships two; they are enabled again at the end),
#  2. `create ticket` at 1 and 8 clients (bench/Driver.java) with no enabled rule,
#  3. creates 20 enabled ticket_created rules: 19 whose condition "title contains kumquat-<i>" never matches (the
#     seed's vocabulary has no kumquat, the driver's titles neither) and 1 that matches every ticket the driver creates
#     (title contains "Bench: printer") and raises it to urgent — each created ticket is evaluated by all 20 and
#     changed by one,
#  4. the same `create ticket` lines again,
#  5. after each phase, how long the after-commit reactions (automation, notifications, SLA, live) took to drain,
#     since rules run after the creating request answered: throughput alone would not show a growing backlog,
#  6. deletes its 20 rules and re-enables the ones it disabled, also when it fails or is interrupted.
# Writes target/bench/automation-create-{norules,rules}.tsv and target/bench/automation-create.md.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=10
warmup=2
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

export PGPASSWORD=worktrackr_bench
db_url=jdbc:postgresql://127.0.0.1:5432/worktrackr_bench
work=target/bench
port=18081
base=http://127.0.0.1:$port
prefix='bench-automation-create'
mkdir -p "$work"

psql_bench() { psql -X -q -h 127.0.0.1 -U worktrackr_bench worktrackr_bench -v ON_ERROR_STOP=1 "$@"; }
die() { echo "automation-create: $*" >&2; exit 1; }

psql_bench -Atc 'SELECT 1' >/dev/null 2>&1 || die "no bench database (run bash bench/run.sh first)"
jar=$(ls target/worktrackr-*.jar 2>/dev/null | grep -v -- -plain | head -1 || true)
[ -n "$jar" ] || die "no jar in target/ (./mvnw -q -DskipTests -DskipFrontend package)"
curl -s -o /dev/null "$base/actuator/health" && die "port $port is in use"

org=$(psql_bench -Atc "SELECT id FROM organisations WHERE name = 'Demo Support'")
[ -n "$org" ] || die "no 'Demo Support' organisation in worktrackr_bench"

server=
rule_ids=()
disabled=
admin=
cleanup() {
  local status=$?
  set +e
  if [ -n "$admin" ]; then
    for id in "${rule_ids[@]}"; do
      curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $admin" "$base/api/automation/rules/$id"
    done
  fi
  # rules the API could not delete (server gone): by name, straight in the database
  psql_bench -c "DELETE FROM automation_rules WHERE organisation_id = '$org' AND name LIKE '$prefix %'" >/dev/null
  if [ -n "$disabled" ]; then
    psql_bench -c "UPDATE automation_rules SET enabled = TRUE WHERE id IN ($disabled)" >/dev/null
    echo "re-enabled the organisation's own rules"
  fi
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  exit $status
}
trap cleanup EXIT INT TERM

# leftovers of an interrupted run first
psql_bench -c "DELETE FROM automation_rules WHERE organisation_id = '$org' AND name LIKE '$prefix %'" >/dev/null
disabled=$(psql_bench -Atc "SELECT string_agg(quote_literal(id::text), ',') FROM automation_rules
                            WHERE organisation_id = '$org' AND enabled")
if [ -n "$disabled" ]; then
  psql_bench -c "UPDATE automation_rules SET enabled = FALSE WHERE id IN ($disabled)" >/dev/null
  echo "disabled the organisation's own enabled rules for the run: $disabled"
fi

echo "== starting $jar on $base (bench database)"
WORKTRACKR_DB_URL=$db_url WORKTRACKR_DB_USER=worktrackr_bench WORKTRACKR_DB_PASSWORD=worktrackr_bench \
  WORKTRACKR_DEMO=false WORKTRACKR_ATTACHMENTS_DIR=$work/attachments PORT=$port \
  java -Xmx512m -jar "$jar" --server.address=127.0.0.1 > "$work/automation-create-server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do curl -sf "$base/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$base/actuator/health" >/dev/null || die "server did not start (see $work/automation-create-server.log)"

token_for() {
  local email=$1 c x
  c=$(mktemp "$work/cookies-XXXXXX")
  curl -sf -c "$c" -b "$c" "$base/api/auth/csrf" >/dev/null
  x=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$c" | tail -1)
  curl -sf -c "$c" -b "$c" -H "X-XSRF-TOKEN: $x" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"demo-password\"}" "$base/api/auth/login" >/dev/null
  curl -sf -c "$c" -b "$c" "$base/api/auth/csrf" >/dev/null
  x=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$c" | tail -1)
  curl -sf -c "$c" -b "$c" -H "X-XSRF-TOKEN: $x" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$prefix $RANDOM\"}" "$base/api/me/tokens" | sed -nE 's/.*"token":"([^"]+)".*/\1/p'
  rm -f "$c"
}
alice=$(token_for alice@demo.test)
admin=$(token_for admin@demo.test)
[ -n "$alice" ] && [ -n "$admin" ] || die "could not sign in as alice@demo.test and admin@demo.test"

psql_bench -Atc "COPY (SELECT id, version, status FROM tickets WHERE organisation_id = '$org' ORDER BY random() LIMIT 20000)
                 TO STDOUT WITH (FORMAT csv)" > "$work/pool.csv"
queue=$(psql_bench -Atc "SELECT id FROM queues WHERE organisation_id = '$org' AND name = 'Billing'")
bob=$(psql_bench -Atc "SELECT id FROM users WHERE email = 'bob@demo.test'")

# how long the after-commit reactions of a phase take to drain once its requests are answered
drained() {
  local start=$SECONDS left
  for _ in $(seq 1 600); do
    left=$(psql_bench -Atc "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
    [ "$left" = 0 ] && { echo $((SECONDS - start)); return; }
    sleep 0.5
  done
  echo "not drained after 300 s ($left left)"
}

drive() {
  java bench/Driver.java --base "$base" --token "$alice" --pool "$work/pool.csv" --queue "$queue" --assignee "$bob" \
    --out "$work/automation-create-$1.tsv" --duration "$duration" --warmup "$warmup" --only 'create ticket'
}

trigger='{"type":"ticket_created","field":null,"from":null,"to":null,"visibility":null,"status":null,"minutes":null,"businessHours":false}'
add_rule() {
  local name=$1 condition=$2 action=$3 answer id
  answer=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$base/api/automation/rules" \
    -d "{\"name\":\"$name\",\"enabled\":true,\"trigger\":$trigger,\"match\":\"all\",\"conditions\":[$condition],\"actions\":[$action]}") \
    || die "could not create rule $name"
  id=$(printf '%s' "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  rule_ids+=("$id")
}

echo "== create ticket, no enabled rule"
drive norules
norules_drain=$(drained)
echo "reactions drained in: $norules_drain s"

echo "== 20 enabled ticket_created rules"
for i in $(seq 1 19); do
  add_rule "$prefix $i: kumquat-$i" "{\"field\":\"title\",\"operator\":\"contains\",\"value\":\"kumquat-$i\"}" \
    '{"type":"set_priority","value":"low"}'
done
add_rule "$prefix 20: printers are urgent" '{"field":"title","operator":"contains","value":"Bench: printer"}' \
  '{"type":"set_priority","value":"urgent"}'
enabled=$(curl -sf -H "Authorization: Bearer $admin" "$base/api/automation/rules" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin)["items"]; print(sum(1 for x in r if x["enabled"]))')
[ "$enabled" = 20 ] || die "expected 20 enabled rules, found $enabled"
since=$(psql_bench -Atc "SELECT now()")

drive rules
rules_drain=$(drained)
echo "reactions drained in: $rules_drain s"

# the matching rule really ran: every ticket the driver created in this phase is urgent
urgent=$(psql_bench -Atc "SELECT COUNT(*) FILTER (WHERE priority = 'urgent') || ' of ' || COUNT(*) FROM tickets
                          WHERE organisation_id = '$org' AND title LIKE 'Bench: printer%' AND created_at >= '$since'")

per_second() { awk -F'\t' -v c="$2" 'NR > 1 && $1 == "create ticket" && $2 == c {print $10}' "$1"; }
{
  echo "# Ticket creation with 20 enabled automation rules ($(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo "Budget (issue 13): with 20 rules, within 25 % of the throughput without rules."
  echo
  echo "| clients | no rules (ops/s) | 20 rules (ops/s) | change |"
  echo "|---|---|---|---|"
  for c in 1 8; do
    a=$(per_second "$work/automation-create-norules.tsv" $c)
    b=$(per_second "$work/automation-create-rules.tsv" $c)
    echo "| $c | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "%+.1f %%", (b - a) * 100 / a; else print "?" }') |"
  done
  echo
  echo "After-commit reactions drained: no rules $norules_drain s, 20 rules $rules_drain s after the last request."
  echo "Tickets the matching rule raised to urgent: $urgent."
  echo
  echo '```'
  cat "$work/automation-create-norules.tsv"
  echo
  cat "$work/automation-create-rules.tsv"
  echo '```'
} > "$work/automation-create.md"
cat "$work/automation-create.md"
