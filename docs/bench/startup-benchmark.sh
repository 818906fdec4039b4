#!/usr/bin/env bash
# Start-up benchmark (issue 15, item 6): `mvn -Prun package` to the login page answering, warm
# (dependencies already in ~/.m2, the domain re-created by payara.sh as on every run).
#
#   docs/bench/startup-benchmark.sh [http port] [keep]
#
# Starts Trellis with the environment it is given (TRELLIS_DB_URL etc. for PostgreSQL, else H2 in
# TRELLIS_H2_FILE or the default file), polls GET /trellis/login.xhtml every 0.25 s, prints the
# seconds until it answers 200, then stops Trellis again unless the second argument is "keep"
# (then it is left running; its output is in target/bench-run.log and its Maven pid in
# target/bench-run.pid). Run it from any folder of the checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-8080}"
keep="${2:-}"
mkdir -p target
start=$(date +%s.%N)
setsid mvn -B -ntp -Prun package -DskipTests -Dtrellis.http.port="$port" > target/bench-run.log 2>&1 &
pid=$!
echo "$pid" > target/bench-run.pid
until curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$port/trellis/login.xhtml" | grep -q 200; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "mvn -Prun stopped before Trellis answered; see target/bench-run.log" >&2; exit 1
  fi
  sleep 0.25
done
end=$(date +%s.%N)
printf 'startup: mvn -Prun package to the login page answering: %.1f s (%s, %s cores, load %s)\n' \
  "$(echo "$end - $start" | bc)" "${TRELLIS_DB_URL:-H2}" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$keep" != keep ]; then
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
fi
