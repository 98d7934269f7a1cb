#!/usr/bin/env bash
# Status-change throughput of one jar, profiled: a fresh PostgreSQL database with the demo data, 16 closed-loop
# clients (bench/StatusChangeBench.java) for 20 s after 10 s of warm-up; prints ops/s, the CPU the JVM, each thread
# group and PostgreSQL used, and writes the 30 costliest statements (pg_stat_statements must be preloaded) and,
# with JFR=1, a flight recording, to target/status-profile/LABEL. Usage: bench/status-change-profile.sh JAR LABEL
# PERF=1: a CPU profile of the whole machine with Linux perf (stacks through JIT code: frame pointers kept, JIT symbols
# from `jcmd Compiler.perfmap`) for 12 s of the measured window, then per change: the request threads' and
# PostgreSQL's CPU and the costliest frames (bench/perf-inclusive.py); compare two jars with that script's --against.
# JFR's samples were too few and blind to native time to explain a 2x difference; perf sees every on-CPU cycle.
# CLIENTS=n: closed-loop clients (default 16; issue 8 measures create and comment at 8).
# WARMUP=seconds: unmeasured warm-up (default 10; the JIT is still busy then — 45 gives steadier numbers).
# CYCLE=reopen: the tickets assigned to the demo's Bob, cycled open → resolved → open by Alice (every reopening
# notifies Bob: the notifications' cost), instead of open → in progress → pending → open (notifies nobody).
# CYCLE=fetch: no changes; each operation reads a ticket and its activity, as the ticket page does (issue 8's fetch).
# CYCLE=create / CYCLE=comment: each operation creates a ticket / adds a comment (issue 8's create and comment lines).
# MEMBERS=n: n more agents in the demo organisation before the run.
# JAVA_OPTS: more JVM options for the server (e.g. another garbage collector).
# CYCLE=comment NOTIFY=1: the tickets are assigned to the demo's Bob, so every comment notifies him (the fan-out's cost).
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$1; label=$2; db=wt_profile; port=18291; base=http://127.0.0.1:$port; work=target/status-profile/$label; mkdir -p $work
runuser -u postgres -- psql -X -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER worktrackr" >/dev/null
runuser -u postgres -- psql -X -q -d $db -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
# JFR=1: a recording from 40 s after the start (JFR_DELAY) for 15 s, inside the measured 20 s on this machine; started
# with the JVM because `jcmd JFR.start` under this load wrote empty files
WORKTRACKR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db WORKTRACKR_DB_USER=worktrackr WORKTRACKR_DB_PASSWORD=worktrackr \
  WORKTRACKR_DEMO=true PORT=$port java -Xmx512m ${JAVA_OPTS:-} ${PERF:+-XX:+PreserveFramePointer} -XX:FlightRecorderOptions:stackdepth=512 ${JFR:+-XX:StartFlightRecording=delay=${JFR_DELAY:-40s},duration=15s,settings=profile,filename=$PWD/$work/rec.jfr} -jar "$jar" > "$work/server.log" 2>&1 &
pid=$!
token=$(demo_api_token "$base" "$work" prof)
if [ -n "${MEMBERS:-}" ]; then
  # MEMBERS=n: n more agents in Demo Support (per-request work that grows with the organisation shows up)
  runuser -u postgres -- psql -X -q -d $db -c "
    WITH org AS (SELECT id FROM organisations WHERE name = 'Demo Support'),
         made AS (INSERT INTO users (id, email, name, password_hash, created_at)
                  SELECT gen_random_uuid(), 'agent' || g || '@bench.test', 'Agent ' || g, 'x', now()
                    FROM generate_series(1, $MEMBERS) g RETURNING id)
    INSERT INTO memberships (organisation_id, user_id, role, created_at, accepted_at)
    SELECT org.id, made.id, 'agent', now(), now() FROM org, made" >/dev/null
fi
sleep 2
runuser -u postgres -- psql -X -q -d $db -c "select pg_stat_statements_reset()" >/dev/null
cpu() { local j p; j=$(awk '{print $14+$15}' /proc/$pid/stat); p=$(for x in $(pgrep -x postgres); do awk '{print $14+$15}' /proc/$x/stat 2>/dev/null; done | awk '{s+=$1} END {print s}'); echo "$j $p"; }
c0=$(cpu)
threads() { for t in /proc/$pid/task/*; do echo "$(cat $t/comm 2>/dev/null | tr -d '0-9 ')|$(awk '{print $14+$15}' $t/stat 2>/dev/null)"; done | awk -F"|" '{s[$1]+=$2} END {for (k in s) print k, s[k]}' | sort; }
threads > $work/threads0.txt
warmup=${WARMUP:-10}
if [ -n "${PERF:-}" ]; then
  ( sleep $((warmup + 4)); perf record -a -g -e cpu-clock -F 499 -o $work/perf.data -- sleep 12 >/dev/null 2>&1
    jcmd $pid Compiler.perfmap >/dev/null 2>&1 ) &
  perfjob=$!
fi
cycle=()
if [ "${CYCLE:-}" = comment ] && [ -n "${NOTIFY:-}" ]; then
  bob=$(runuser -u postgres -- psql -X -At -d $db -c "select id from users where email = 'bob@demo.test'")
  cycle=(--cycle comment --assignee "$bob")
elif [ "${CYCLE:-}" = fetch ] || [ "${CYCLE:-}" = create ] || [ "${CYCLE:-}" = comment ]; then
  cycle=(--cycle "$CYCLE")
elif [ "${CYCLE:-}" = reopen ]; then
  bob=$(runuser -u postgres -- psql -X -At -d $db -c "select id from users where email = 'bob@demo.test'")
  cycle=(--cycle reopen --assignee "$bob")
fi
result=$(java bench/StatusChangeBench.java --base "$base" --token "$token" --clients ${CLIENTS:-16} --duration 20 --warmup $warmup \
  --cpu server=$pid --cpu postgres "${cycle[@]}")
echo "$label: $result"
if [ -n "${PERF:-}" ]; then
  wait $perfjob
  perf script -i $work/perf.data 2>/dev/null > $work/stacks.txt
  python3 bench/perf-inclusive.py $work/stacks.txt --ops-per-second "$(sed -nE 's/.*ops\/s=([0-9.]+).*/\1/p' <<< "$result")" --seconds 12 > $work/perf-summary.txt
  head -12 $work/perf-summary.txt
fi
threads > $work/threads1.txt
join -a1 -a2 -e0 -o 0,1.2,2.2 $work/threads0.txt $work/threads1.txt | awk '{d=$3-$2; if (d>20) print d, $1}' | sort -rn | head -15
c1=$(cpu); echo "cpu ticks (1/100 s) during bench incl. warm-up: java $(( ${c1% *} - ${c0% *} )), postgres $(( ${c1#* } - ${c0#* } ))"
runuser -u postgres -- psql -X -d $db -c "select calls, round(total_exec_time::numeric) total_ms, round(mean_exec_time::numeric,3) mean_ms, rows, left(regexp_replace(query,'\s+',' ','g'),160) q from pg_stat_statements order by total_exec_time desc limit 30" > $work/statements.txt
[ -n "${JFR:-}" ] && sleep 8 # let the recording end and be written
kill $pid; wait $pid 2>/dev/null
