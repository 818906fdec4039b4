#!/usr/bin/env bash
# Every benchmark of issue 15 against a running Trellis on PostgreSQL, each against a bare JDBC
# program doing the same work in the same database in the same run; one table of ratios at the end.
#
#   1. Trellis on a PostgreSQL database of its own (the demo organisation loads into an empty one):
#        psql -h 127.0.0.1 -U postgres -c 'create database trellis_bench'
#        TRELLIS_DB_URL=jdbc:postgresql://127.0.0.1:5432/trellis_bench TRELLIS_DB_USER=postgres \
#          TRELLIS_DB_PASSWORD= mvn -Prun package -DskipTests -Dtrellis.http.port=34580
#      (or docs/bench/startup-benchmark.sh 34580 keep, with the same environment: it times the start)
#   2. docs/bench/run-all.sh            the practical size (about 15-20 min on 2 busy cores)
#      SIZE=full docs/bench/run-all.sh  the full size (more decisions and inbox loads per round)
#
# Environment: TRELLIS_BASE (http://localhost:34580/trellis), BENCH_JDBC_URL (the same database as
# Trellis'), ROUNDS (5), SETUP=1 forces the data set-up (50,000 people, 20,000 open requests; it runs
# by itself on a database without it), THINK_MS (5000), ONLY="inbox decisions jobs roster" to pick.
# A run's decisions use up 12,000 of hana's waiting sign-offs at full size: the next run first tops
# them up (Bench topup), so that every run's inbox sees 20,000 waiting and 20,000 requests are open.
# The inbox runs first, so that the decisions are not the first work of a server just deployed. The start-up benchmark is not part of it: docs/bench/startup-benchmark.sh provisions the
# domain in this checkout's ear/target/run-domains, the very folder of the running Trellis, so run
# it only when that Trellis is stopped.
# The raw output goes to docs/bench/results/run-<UTC time>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
base="${TRELLIS_BASE:-http://localhost:34580/trellis}"
jdbc="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/trellis_bench?user=postgres&reWriteBatchedInserts=true}"
rounds="${ROUNDS:-5}"
only="${ONLY:-inbox decisions jobs roster}"
if [ "${SIZE:-}" = full ]; then per_round=500; inbox_iterations=10; paced_iterations=12; roster_rows=50000
else per_round=100; inbox_iterations=1; paced_iterations=6; roster_rows="${ROSTER_ROWS:-5000}"; fi
# The inbox runs twice: 50 users loading without pause (an overload test on 2 cores), and 50 users
# each pausing THINK_MS (default 5000: 2.5-7.5 s) between loads, as people reading their inbox do.
think_ms="${THINK_MS:-5000}"
port="$(printf '%s' "$base" | sed -E 's|.*:([0-9]+)/.*|\1|')"
mkdir -p docs/bench/results
out="docs/bench/results/run-$(date -u +%Y%m%dT%H%M%SZ).txt"

psql_url="$(printf '%s' "$jdbc" | sed -E 's|^jdbc:postgresql://([^/]+)/([^?]+).*|\1 \2|')"
db_host="${psql_url%% *}"; db_name="${psql_url##* }"
server_pid="$(pgrep -f "glassfish.*-Dtrellis.*run-domains" | while read -r p; do
  if tr '\0' ' ' < "/proc/$p/cmdline" | grep -q "$(pwd)/ear/target/run-domains"; then echo "$p"; fi; done | head -1)"
if [ -z "$server_pid" ]; then echo "No Trellis of this checkout is running (mvn -Prun package, see the top of this script)." >&2; exit 2; fi
curl -sf -o /dev/null --max-time 10 "$base/login.xhtml" || { echo "Trellis does not answer at $base" >&2; exit 2; }

bench() { java -cp "docs/bench/client/target/classes:$(cat docs/bench/client/target/cp.txt)" org.trellis.bench.Bench "$@" 2>&1 | grep --line-buffered -v "Log4j API could not find"; }

{
  echo "# Trellis benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine:  $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB,"\
       "$(. /etc/os-release; echo "$PRETTY_NAME"), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java:     $(java -version 2>&1 | head -1)"
  echo "database: $(psql -h "${db_host%%:*}" -U postgres -d "$db_name" -Atc 'select version()' | cut -d, -f1) at ${db_host}, database $db_name"
  echo "server:   Payara pid $server_pid, heap $(jcmd "$server_pid" VM.flags 2>/dev/null | tr ' ' '\n' | grep -m1 MaxHeapSize | cut -d= -f2 | awk '{printf "%d MiB", $1/1048576}'),"\
       "at $base"
  echo "rounds:   $rounds; decisions per side and round: $per_round; inbox loads per user and round: $inbox_iterations x (page + API) without pause, $paced_iterations x with ${think_ms} ms think time"
  echo
  mvn -B -ntp -q -f docs/bench/client/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  waiting="$(psql -h "${db_host%%:*}" -U postgres -d "$db_name" -Atc "select count(*) from sign_off s join change_request r on r.id = s.request_id
    join employee e on e.id = s.person_id where e.employee_number = 'E1004' and s.party = 'HR' and s.decision is null and r.state = 'SUBMITTED'")"
  if [ "${SETUP:-}" = 1 ] || [ "$waiting" -lt 100 ]; then
    echo "## set-up ($waiting sign-offs wait on hana)"; bench setup "$base" "$jdbc" 50000 20000
    # Statistics for the rows just written, as autovacuum would gather them within minutes: without
    # them the first decisions ran at half the speed on plans made for nearly empty tables.
    psql -h "${db_host%%:*}" -U postgres -d "$db_name" -qc "VACUUM ANALYZE"
  elif [ "$waiting" -lt 19900 ]; then
    echo "## top-up ($waiting sign-offs wait on hana)"; bench topup "$base" "$jdbc" 20000
  fi
  for what in $only; do
    case "$what" in
      decisions) echo "## decisions"; bench decisions "$base" "$jdbc" 8 "$per_round" "$rounds"; bench decisions "$base" "$jdbc" 32 "$per_round" "$rounds" ;;
      inbox) echo "## inbox"; bench inbox "$base" "$jdbc" 50 "$inbox_iterations" "$rounds"
             bench inbox "$base" "$jdbc" 50 "$paced_iterations" "$rounds" "$think_ms" ;;
      jobs) echo "## hourly jobs"; bench jobs "$base" "$jdbc" "$server_pid" "$rounds" ;;
      roster) echo "## roster"; bench roster "$base" "$jdbc" "$roster_rows" "$rounds" "$server_pid" ;;
    esac
  done
  echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$out"

echo
echo "| measure (min / median / max of the rounds) | Trellis | bare JDBC | ratio | goal | |"
echo "|---|---|---|---|---|---|"
grep '^RESULT|' "$out" | sed -e 's/^RESULT//' -e 's/$/|/'
{ echo; echo "| measure | Trellis | bare JDBC | ratio | goal | |"; echo "|---|---|---|---|---|---|"
  grep '^RESULT|' "$out" | sed -e 's/^RESULT//' -e 's/$/|/'; } >> "$out"
echo "raw output: $out"
