#!/usr/bin/env bash
# Framework workbook benchmark: Trellis' reader + rules and writer against bare POI, in one JVM,
# then (optionally) the REST import and export of a running Trellis.
#   docs/bench/framework-benchmark.sh [rounds] [http://localhost:8080/trellis]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
server="${2:-}"
mvn -q -o install -DskipTests -DskipITs -Dpayara.skip -pl ejb,web 2>/dev/null || mvn -q install -DskipTests -DskipITs -Dpayara.skip -pl ejb,web
mvn -q -pl web test-compile
mvn -q -pl web exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.trellis.web.bench.FrameworkBenchmark \
  -Dexec.args="$rounds $server" -Dexec.cleanupDaemonThreads=false
