#!/usr/bin/env bash
# Sign-off workflow benchmark: API against bare JDBC on PostgreSQL.
#   1. Start Trellis on an empty PostgreSQL database (the demo organisation and framework load):
#        createdb -h 127.0.0.1 -U postgres trellis_bench
#        TRELLIS_DB_URL=jdbc:postgresql://127.0.0.1:5432/trellis_bench TRELLIS_DB_USER=postgres \
#          mvn -Prun package -Dtrellis.http.port=8090
#   2. docs/bench/workflow-benchmark.sh [people] [open requests] [decisions]
set -euo pipefail
cd "$(dirname "$0")/../.."
people="${1:-50000}"
requests="${2:-20000}"
decisions="${3:-500}"
base="${TRELLIS_BASE:-http://localhost:8090/trellis}"
jdbc="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/trellis_bench?user=postgres}"
mvn -q -pl ear test-compile -DskipTests
mvn -q -pl ear exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.trellis.bench.WorkflowBenchmark \
  -Dexec.args="$base $jdbc $people $requests $decisions" -Dexec.cleanupDaemonThreads=false
