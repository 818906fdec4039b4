#!/usr/bin/env bash
# Trellis on more than one server, on this machine: a Payara DAS, two standalone instances on a
# local CONFIG node in one deployment group, the Domain Data Grid on loopback for the web sessions,
# PostgreSQL as the one database, and HAProxy (Debian's package) in front with sticky sessions and
# health checks. README, "Running on more than one server".
#
#   config/cluster.sh up       builds what is missing, starts whatever part is not running
#                              (an instance that died rejoins the group); idempotent
#   config/cluster.sh status   one line per part: name=… http=<port> pid=<process id> state=…
#   config/cluster.sh down     stops everything it started; leaves no process behind
#
# Settings (environment):
#   TRELLIS_DB_URL, TRELLIS_DB_USER, TRELLIS_DB_PASSWORD   the shared database (PostgreSQL only)
#   TRELLIS_LB_PORT             the load balancer's port (8100): http://localhost:8100/trellis
#   TRELLIS_CLUSTER_PORTBASE    the DAS's port base (8200: admin 8248); instance k uses the port
#                               base + 100·k (HTTP +80, so 8380 and 8480), HAProxy's statistics +99
#   TRELLIS_CLUSTER_DIR         where the domain, the node and the load balancer live (target/cluster)
#   TRELLIS_SMTP_HOST, TRELLIS_SMTP_PORT, TRELLIS_MAIL_FROM   as for the run command
#   PAYARA_HOME, TRELLIS_EAR    an unpacked Payara and the EAR (default: the build's, made if missing)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${TRELLIS_CLUSTER_DIR:-$ROOT/target/cluster}"
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR="$(cd "$CLUSTER_DIR" && pwd)"
LB_PORT="${TRELLIS_LB_PORT:-8100}"
BASE="${TRELLIS_CLUSTER_PORTBASE:-8200}"
STATS_PORT=$((BASE + 99))
DAS_ADMIN_PORT=$((BASE + 48))
DOMAIN=trellis-cluster
DOMAINS="$CLUSTER_DIR/domains"
NODE=trellis-node
NODES="$CLUSTER_DIR/nodes"
GROUP=trellis-group
CONFIG_NAME=trellis-config
INSTANCES=(trellis-1 trellis-2)
EAR="${TRELLIS_EAR:-$ROOT/ear/target/trellis.ear}"
START_TIMEOUT="${TRELLIS_CLUSTER_START_TIMEOUT:-420}"

instance_portbase() { echo $((BASE + 100 * $1)); }
instance_http_port() { echo $(($(instance_portbase "$1") + 80)); }

ensure_built() {
  PAYARA_HOME="${PAYARA_HOME:-$ROOT/ear/target/payara6}"
  if [ ! -x "$PAYARA_HOME/bin/asadmin" ] && [ ! -f "$PAYARA_HOME/bin/asadmin" ] || [ ! -f "$EAR" ]; then
    echo "[trellis] Building Trellis (mvn package -DskipTests): no EAR or unpacked Payara yet"
    (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
  fi
  export PAYARA_HOME
  export TRELLIS_CONFIG="$ROOT/config" TRELLIS_WORK="$CLUSTER_DIR"
  export TRELLIS_LIBS="${TRELLIS_LIBS:-$ROOT/ear/target/domain-libs}"
  # payara.sh's functions: domains from a template, resources, domain.asadmin, quiet, log.
  # shellcheck source=payara.sh
  . "$ROOT/config/payara.sh"
  ADMIN_PASSWORD_FILE="$CLUSTER_DIR/admin-password.txt"
  ADMIN_AUTH=(--host 127.0.0.1 --user admin --passwordfile "$ADMIN_PASSWORD_FILE")
}

asadmin_das() { "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$DAS_ADMIN_PORT" "$@"; }

require_postgresql() {
  case "${TRELLIS_DB_URL:-}" in
    jdbc:postgresql:*) ;;
    "") echo "config/cluster.sh needs the shared database in TRELLIS_DB_URL (jdbc:postgresql://…), TRELLIS_DB_USER and TRELLIS_DB_PASSWORD." >&2
        echo "The embedded H2 database is single-instance: two servers cannot share it. Use the run command (mvn -Prun package) for one server." >&2
        exit 2 ;;
    *) echo "config/cluster.sh runs on PostgreSQL only, not on '$TRELLIS_DB_URL': the embedded H2 database is single-instance." >&2
       exit 2 ;;
  esac
  if ! command -v haproxy >/dev/null 2>&1; then
    echo "HAProxy is missing: apt-get install haproxy (Debian's package is the load balancer)." >&2
    exit 2
  fi
}

# pid_alive FILE: the process id in FILE, if that process runs.
pid_alive() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(tr -dc '0-9' < "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

das_pid() { pid_alive "$DOMAINS/$DOMAIN/config/pid"; }
instance_pid() { pid_alive "$NODES/$NODE/$1/config/pid"; }
haproxy_pid() { pid_alive "$CLUSTER_DIR/haproxy.pid"; }

create_cluster_domain() {
  [ -f "$CLUSTER_DIR/domain-created" ] && return
  log "Creating the domain '$DOMAIN' in $DOMAINS (admin port $DAS_ADMIN_PORT on 127.0.0.1 only)"
  local secret
  secret=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  (umask 077; printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_USERPASSWORD=%s\n' "$secret" "$secret" > "$ADMIN_PASSWORD_FILE")
  create_domain "$DOMAIN" "$DOMAINS" "$BASE"
  # Every instance signs the audit chain with the same key (docs/DESIGN.md): made here, once,
  # before any instance starts, so that two instances starting at once never make two.
  if [ ! -f "$CLUSTER_DIR/trellis-audit.key" ]; then
    (umask 077; od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "$CLUSTER_DIR/trellis-audit.key"; echo >> "$CLUSTER_DIR/trellis-audit.key")
  fi
  rm -f "$CLUSTER_DIR/configured" "$CLUSTER_DIR/deployed"
  touch "$CLUSTER_DIR/domain-created"
}

start_das() {
  if das_pid >/dev/null; then
    return
  fi
  log "Starting the DAS"
  start_configured "$DOMAINS" "$DOMAIN" \
    "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1"
}

# The instances' shared configuration, the data grid, the group, the node and its two instances, the
# database: once per domain, in one asadmin session.
configure_cluster() {
  [ -f "$CLUSTER_DIR/configured" ] && return
  log "Configuring the deployment group '$GROUP': ${INSTANCES[*]} on the CONFIG node '$NODE'"
  render_resources "$TRELLIS_DB_URL" "${TRELLIS_DB_USER:-}" "${TRELLIS_DB_PASSWORD:-}" "$CLUSTER_DIR/trellis-resources.xml"
  local commands="$CLUSTER_DIR/configure.asadmin" option line k
  {
    echo "copy-config default-config $CONFIG_NAME"
    # config/domain.asadmin, aimed at the instances' configuration instead of the DAS's.
    while read -r option; do
      echo "delete-jvm-options --target $CONFIG_NAME $(printf '%s' "$option" | sed 's/:/\\:/g')"
    done < <(domain_commands delete-jvm-options)
    while read -r option; do
      echo "create-jvm-options --target $CONFIG_NAME $(printf '%s' "$option" | sed 's/:/\\:/g')"
    done < <(domain_commands create-jvm-options)
    echo "create-jvm-options --target $CONFIG_NAME -Dtrellis.demo=true"
    echo "create-jvm-options --target $CONFIG_NAME -Dtrellis.audit.key-file=$CLUSTER_DIR/trellis-audit.key"
    grep -E '^set ' "$TRELLIS_CONFIG/domain.asadmin" | sed "s/configs\.config\.server-config\./configs.config.$CONFIG_NAME./"
    grep -Ev '^(#|$|set |create-jvm-options |delete-jvm-options )' "$TRELLIS_CONFIG/domain.asadmin" || true
    # The instances answer on loopback only: the load balancer is the way in.
    echo "set configs.config.$CONFIG_NAME.network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1"
    echo "set configs.config.$CONFIG_NAME.network-config.network-listeners.network-listener.http-listener-2.address=127.0.0.1"
    # Web sessions are kept in the Domain Data Grid (Hazelcast) of this domain alone: its own
    # cluster name and ports, on loopback, members found through the DAS.
    echo "set-hazelcast-configuration --enabled=true --dynamic=true --clustermode=domain --clustername=trellis-$BASE --startport=$((BASE + 90)) --interfaces=127.0.0.1 --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1"
    echo "set configs.config.$CONFIG_NAME.availability-service.web-container-availability.availability-enabled=true"
    echo "set configs.config.$CONFIG_NAME.availability-service.web-container-availability.persistence-type=hazelcast"
    # Every instance in a group needs an EJB timer service with a store shared by the group: the
    # data grid's (the default, a database table of the embedded H2 in each instance, does not
    # exist there, and the EAR would not load). Trellis's own timers are not persistent: its jobs
    # share their work through row claims in the database (README).
    echo "set configs.config.$CONFIG_NAME.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    # Ready only once the application is: an instance whose EAR is not yet loaded gets no traffic.
    echo "set-config-property --source=domain --propertyName=mp.health.default.readiness.empty.response --propertyValue=DOWN"
    echo "create-node-config --nodehost localhost --installdir $PAYARA_HOME --nodedir $NODES $NODE"
    echo "create-deployment-group $GROUP"
    k=1
    for line in "${INSTANCES[@]}"; do
      echo "create-instance --node $NODE --config $CONFIG_NAME --deploymentgroup $GROUP --portbase $(instance_portbase $k) --dataGridStartPort $(($(instance_portbase $k) + 90)) --checkports=true $line"
      k=$((k + 1))
    done
    echo "add-resources $CLUSTER_DIR/trellis-resources.xml"
    for line in "${INSTANCES[@]}"; do
      echo "create-resource-ref --target $line jdbc/trellis"
    done
    if [ -n "${TRELLIS_SMTP_HOST:-}" ]; then
      echo "create-javamail-resource --mailhost ${TRELLIS_SMTP_HOST} --mailuser trellis --fromaddress ${TRELLIS_MAIL_FROM:-trellis@localhost} --property mail.smtp.port=${TRELLIS_SMTP_PORT:-25} mail/trellis"
      for line in "${INSTANCES[@]}"; do
        echo "create-resource-ref --target $line mail/trellis"
      done
    fi
    echo "ping-connection-pool TrellisPool"
  } > "$commands"
  quiet asadmin_das multimode --file "$commands"
  touch "$CLUSTER_DIR/configured"
}

# The EAR to the group, with session availability. The first time before the instances start (they
# receive it as they start); a newer build while they run, so that every instance takes the change.
deploy_to_group() {
  if [ ! -f "$CLUSTER_DIR/deployed" ]; then
    log "Deploying $(basename "$EAR") to '$GROUP' (session availability on)"
    quiet asadmin_das deploy --target "$GROUP" --availabilityenabled=true --name trellis "$EAR"
    touch "$CLUSTER_DIR/deployed"
  fi
}

redeploy_if_newer() {
  if [ "$EAR" -nt "$CLUSTER_DIR/deployed" ]; then
    log "Redeploying $(basename "$EAR") to '$GROUP': the build made a newer one"
    quiet asadmin_das deploy --force=true --target "$GROUP" --availabilityenabled=true --name trellis "$EAR"
    touch "$CLUSTER_DIR/deployed"
  fi
}

start_instances() {
  local name waiting=()
  for name in "${INSTANCES[@]}"; do
    if ! instance_pid "$name" >/dev/null; then
      waiting+=("$name")
    fi
  done
  [ "${#waiting[@]}" -eq 0 ] && return
  log "Starting ${waiting[*]}"
  # Side by side: each instance migrates (Flyway waits on the database's lock) and loads the demo
  # organisation only into an empty database (under the audit head's lock), so starting together is safe.
  local pids=() failed=0 pid
  for name in "${waiting[@]}"; do
    quiet timeout "$START_TIMEOUT" "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$DAS_ADMIN_PORT" start-instance --sync=normal "$name" &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
  [ "$failed" = 0 ] || { echo "[trellis] an instance did not start; see $NODES/$NODE/<instance>/logs/server.log" >&2; exit 1; }
}

write_haproxy_config() {
  local k=1 name ipv6=""
  # "localhost" may be ::1 first for browsers and curl: answer there too where loopback has IPv6.
  if grep -q ' lo$' /proc/net/if_inet6 2>/dev/null; then
    ipv6="    bind [::1]:$LB_PORT"
  fi
  {
    cat <<EOF
# Made by config/cluster.sh; remade at every 'up'.
global
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    # A request the chosen instance could not take is sent to another one.
    option redispatch
    retries 3

frontend trellis
    bind 127.0.0.1:$LB_PORT
$ipv6
    default_backend instances

backend instances
    balance roundrobin
    # Sticky: a person stays on the instance that holds their session in memory (the data grid
    # holds it too, so the next instance takes over when that one is gone).
    cookie TRELLIS_INSTANCE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s fastinter 1s downinter 2s rise 2 fall 2
EOF
    for name in "${INSTANCES[@]}"; do
      echo "    server $name 127.0.0.1:$(instance_http_port $k) check cookie $name"
      k=$((k + 1))
    done
    cat <<EOF

listen statistics
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
EOF
  } > "$CLUSTER_DIR/haproxy.cfg"
}

start_haproxy() {
  local config="$CLUSTER_DIR/haproxy.cfg" pid
  [ -f "$config" ] && cp "$config" "$config.before"
  write_haproxy_config
  haproxy -c -q -f "$config"
  if pid=$(haproxy_pid); then
    if cmp -s "$config" "$config.before"; then
      return # running with this very configuration: its health checks already see the instance that rejoined
    fi
    # Reload in place with the configuration just written (-sf: the old process finishes its connections).
    haproxy -D -f "$config" -p "$CLUSTER_DIR/haproxy.pid" -sf "$pid"
  else
    log "Starting HAProxy on http://localhost:$LB_PORT"
    haproxy -D -f "$config" -p "$CLUSTER_DIR/haproxy.pid"
  fi
}

# wait_until_ready: until the load balancer sees every instance ready.
wait_until_ready() {
  local deadline=$((SECONDS + START_TIMEOUT)) states
  while [ "$SECONDS" -lt "$deadline" ]; do
    states=$(backend_states)
    if [ -n "$states" ] && ! grep -qv '=UP' <<<"$states" \
        && curl -fs -o /dev/null --max-time 10 "http://127.0.0.1:$LB_PORT/trellis/login.xhtml"; then
      return
    fi
    sleep 1
  done
  echo "[trellis] the load balancer did not see every instance ready within ${START_TIMEOUT}s:" >&2
  backend_states >&2 || true
  exit 1
}

# backend_states: name=UP|DOWN|… per instance, as HAProxy's health checks see them.
backend_states() {
  curl -fsS --max-time 5 "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null \
    | awk -F, '$1 == "instances" && $2 != "BACKEND" && $2 != "FRONTEND" { print $2 "=" $18 }'
}

log() { printf '[trellis] %s (%ss)\n' "$*" "$SECONDS"; }

up() {
  require_postgresql
  ensure_built
  create_cluster_domain
  start_das
  configure_cluster
  deploy_to_group
  start_instances
  redeploy_if_newer
  start_haproxy
  wait_until_ready
  log "Trellis answers at http://localhost:$LB_PORT/trellis"
  status
}

status() {
  local k=1 name pid lb
  if pid=$(das_pid); then
    echo "name=das admin=$DAS_ADMIN_PORT pid=$pid state=running"
  else
    echo "name=das admin=$DAS_ADMIN_PORT pid=- state=stopped"
  fi
  lb=$(backend_states || true)
  for name in "${INSTANCES[@]}"; do
    local check
    check=$(sed -n "s/^$name=//p" <<<"$lb")
    if pid=$(instance_pid "$name"); then
      echo "name=$name http=$(instance_http_port $k) pid=$pid state=running lb=${check:-unknown}"
    else
      echo "name=$name http=$(instance_http_port $k) pid=- state=stopped lb=${check:-unknown}"
    fi
    k=$((k + 1))
  done
  if pid=$(haproxy_pid); then
    echo "name=haproxy http=$LB_PORT pid=$pid state=running url=http://localhost:$LB_PORT/trellis"
  else
    echo "name=haproxy http=$LB_PORT pid=- state=stopped"
  fi
}

down() {
  local pid name
  if pid=$(haproxy_pid); then
    log "Stopping HAProxy"
    kill "$pid" 2>/dev/null || true
  fi
  PAYARA_HOME="${PAYARA_HOME:-$ROOT/ear/target/payara6}"
  ASADMIN="$PAYARA_HOME/bin/asadmin"
  ADMIN_AUTH=(--host 127.0.0.1 --user admin --passwordfile "$CLUSTER_DIR/admin-password.txt")
  if [ -f "$ASADMIN" ] && das_pid >/dev/null; then
    local stopping=()
    for name in "${INSTANCES[@]}"; do
      if instance_pid "$name" >/dev/null; then
        log "Stopping $name"
        timeout 120 bash "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$DAS_ADMIN_PORT" stop-instance "$name" >/dev/null 2>&1 &
        stopping+=("$!")
      fi
    done
    for pid in "${stopping[@]}"; do
      wait "$pid" || true
    done
    log "Stopping the DAS"
    timeout 120 bash "$ASADMIN" "${ADMIN_AUTH[@]}" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || true
  fi
  # Whatever did not stop when asked is ended: nothing is left behind.
  for file in "$CLUSTER_DIR/haproxy.pid" "$DOMAINS/$DOMAIN/config/pid" "$NODES/$NODE"/*/config/pid; do
    if pid=$(pid_alive "$file"); then
      sleep 2
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  echo "[trellis] cluster stopped"
}

case "${1:-}" in
  up) up ;;
  status) status ;;
  down) down ;;
  *) echo "usage: $0 up|status|down" >&2; exit 2 ;;
esac
