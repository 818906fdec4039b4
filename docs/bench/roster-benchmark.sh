#!/usr/bin/env bash
# Roster import benchmark: Trellis' REST import against bare POI (streaming reader) + JDBC batches.
#
#   1. Start Trellis on PostgreSQL:
#        createdb -h 127.0.0.1 -U postgres trellis_bench
#        TRELLIS_DB_URL=jdbc:postgresql://127.0.0.1:5432/trellis_bench TRELLIS_DB_USER=postgres \
#          mvn -Prun package -Dtrellis.http.port=8090
#   2. In another terminal:  docs/bench/roster-benchmark.sh [rows] [rounds]
#
# Each round generates a roster of new people (teams of 10 under leads, managers and directors),
# imports it through POST /api/employees/import as hana, then reads the same file with the same
# streaming reader and inserts it with JDBC batches of 1000 in one transaction (table bench_employee
# in database trellis_bench). Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-50000}"
rounds="${2:-3}"
base="${TRELLIS_BASE:-http://localhost:8090/trellis}"
jdbc="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/trellis_bench?user=postgres&reWriteBatchedInserts=true}"
mvn -q -pl ear test-compile -DskipTests
mvn -q -pl ear exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.trellis.bench.RosterBenchmark \
  -Dexec.args="$base $jdbc $rows $rounds"
