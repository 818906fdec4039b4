#!/usr/bin/env bash
# Provisions and drives the Payara Server domains Trellis runs in. Called by Maven (ear/pom.xml):
#
#   payara.sh run        the demo: fresh domain, config/ applied, EAR deployed, stays in the
#                        foreground until Ctrl-C or SIGTERM, then stops Payara cleanly
#   payara.sh it-start   the integration-test domain on its own ports and its own database schema
#   payara.sh it-stop    stops it again
#
# Maven passes in the environment: PAYARA_HOME (unpacked by the build), TRELLIS_EAR, TRELLIS_LIBS
# (JDBC drivers for the domain's lib/), TRELLIS_CONFIG (this folder), TRELLIS_WORK (a target/ folder).
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME is not set}"
: "${TRELLIS_CONFIG:?TRELLIS_CONFIG is not set}"
: "${TRELLIS_WORK:?TRELLIS_WORK is not set}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
chmod +x "$PAYARA_HOME/bin/"* "$PAYARA_HOME/glassfish/bin/"* 2>/dev/null || true

log() { printf '[trellis] %s (%ss)\n' "$*" "$SECONDS"; }

# Extra asadmin options for the remote commands: the demo's admin user and its password file; the
# test domain keeps none (Arquillian deploys through it on loopback).
ADMIN_AUTH=()

# Runs a command quietly, but shows everything it said when it fails.
quiet() {
  local out
  if ! out=$("$@" 2>&1); then
    printf '%s\n' "$out" >&2
    echo "[trellis] failed: $*" >&2
    return 1
  fi
}

xml_escape() { printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'; }
sed_escape() { printf '%s' "$1" | sed -e 's/[\/&|]/\\&/g'; }

# Writes the jdbc/trellis resource file for a database URL.
render_resources() {
  local url="$1" user="$2" password="$3" out="$4" datasource
  case "$url" in
    jdbc:postgresql:*) datasource=org.postgresql.ds.PGSimpleDataSource
      # EclipseLink writes imports in JDBC batches of 1000; with this the driver sends each batch as
      # multi-row INSERTs instead of 1000 statements (a roster of 50,000: docs/benchmarks.md).
      case "$url" in
        *reWriteBatchedInserts=*) ;;
        *\?*) url="$url&reWriteBatchedInserts=true" ;;
        *) url="$url?reWriteBatchedInserts=true" ;;
      esac ;;
    jdbc:h2:*) datasource=org.h2.jdbcx.JdbcDataSource ;;
    *) echo "Unsupported database URL '$url': Trellis runs on PostgreSQL (jdbc:postgresql:...) or H2 (jdbc:h2:...)." >&2; exit 2 ;;
  esac
  sed -e "s|@DATASOURCE@|$datasource|" \
      -e "s|@URL@|$(sed_escape "$(xml_escape "$url")")|" \
      -e "s|@USER@|$(sed_escape "$(xml_escape "$user")")|" \
      -e "s|@PASSWORD@|$(sed_escape "$(xml_escape "$password")")|" \
      "$TRELLIS_CONFIG/resources.xml.template" > "$out"
}

# create_domain NAME DOMAINDIR PORTBASE JVM-OPTION...
# Every port of the domain is derived from PORTBASE (admin PORTBASE+48, HTTP PORTBASE+80), so the
# demo and the test domain never collide. The domain is made anew each time: its state is the
# database, not the domain folder. The JVM options (the arguments, and those config/domain.asadmin
# creates or deletes) are written into domain.xml here, before the first start, so that the domain
# never needs a restart: a restart cost a quarter of the start-up (docs/benchmarks.md).
create_domain() {
  local name="$1" dir="$2" portbase="$3"; shift 3
  mkdir -p "$dir"
  if [ -d "$dir/$name" ]; then
    "$ASADMIN" stop-domain --domaindir "$dir" "$name" >/dev/null 2>&1 || true
    rm -rf "${dir:?}/$name"
  fi
  # asadmin create-domain spends about 14 s of a 2-core machine making key pairs and the trust
  # store. It runs once per Payara install, name and port base, into a template beside the domains;
  # each run copies the untouched template, so every run still starts from a new domain.
  # (Keyed by the unpacked Payara, so that a new Payara or a re-unpacked one makes a new template.)
  local template="$TRELLIS_WORK/domain-templates/$name-$portbase-$(stat -c %Y "$PAYARA_HOME/glassfish/modules/glassfish.jar")"
  if [ ! -f "$template/complete" ]; then
    rm -rf "$template"
    mkdir -p "$template"
    if [ -n "${ADMIN_PASSWORD_FILE:-}" ]; then
      # A domain with an admin password: the template's own, changed to the run's at the start.
      local secret
      secret=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
      (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$secret" > "$template/admin-password.txt")
      quiet "$ASADMIN" --user admin --passwordfile "$template/admin-password.txt" create-domain --domaindir "$template" --portbase "$portbase" "$name"
    else
      quiet "$ASADMIN" create-domain --nopassword --domaindir "$template" --portbase "$portbase" "$name"
    fi
    touch "$template/complete"
  fi
  cp -a "$template/$name" "$dir/$name"
  TEMPLATE_PASSWORD_FILE=""
  if [ -f "$template/admin-password.txt" ]; then
    TEMPLATE_PASSWORD_FILE="$template/admin-password.txt"
  fi
  # JDBC drivers must be in the domain's lib/ before it starts.
  if [ -n "${TRELLIS_LIBS:-}" ] && [ -d "$TRELLIS_LIBS" ]; then
    cp "$TRELLIS_LIBS"/*.jar "$dir/$name/lib/"
  fi
  local file="$dir/$name/config/domain.xml" opt
  # Only the server's own configuration (the first <java-config> in domain.xml), not default-config.
  local deleted
  while read -r deleted; do
    sed -i "0,/<jvm-options>$(sed_escape "$deleted")<\/jvm-options>/{//d}" "$file"
  done < <(domain_commands delete-jvm-options)
  local created=()
  mapfile -t created < <(domain_commands create-jvm-options)
  for opt in "${created[@]}" "$@"; do
    sed -i "0,/<jvm-options>/s||<jvm-options>$(sed_escape "$opt")</jvm-options>\n        <jvm-options>|" "$file"
  done
}

# domain_commands VERB: the arguments of config/domain.asadmin's lines that start with VERB.
domain_commands() {
  sed -n -e "s/^$1 //p" "$TRELLIS_CONFIG/domain.asadmin"
}

# start_configured DOMAINDIR NAME [SET-COMMAND...]: starts the domain with config/domain.asadmin's
# `set` lines (and any given) applied as pre-boot commands: the listeners start with them, no
# restart is needed.
start_configured() {
  local dir="$1" name="$2"; shift 2
  local preboot="$dir/$name/config/preboot.asadmin" command
  { grep -E '^set ' "$TRELLIS_CONFIG/domain.asadmin" || true
    for command in "$@"; do printf '%s\n' "$command"; done; } > "$preboot"
  quiet "$ASADMIN" start-domain --domaindir "$dir" --prebootcommandfile "$preboot" "$name"
  if [ -n "${ADMIN_PASSWORD_FILE:-}" ] && [ -n "${TEMPLATE_PASSWORD_FILE:-}" ]; then
    # From the template's admin password to the one made for this run (the admin listener is on
    # loopback from the first moment, and never without a password).
    local change="$dir/$name/config/change-password.txt" old new
    old=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$TEMPLATE_PASSWORD_FILE")
    new=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$ADMIN_PASSWORD_FILE")
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "$old" "$new" > "$change")
    quiet "$ASADMIN" --host 127.0.0.1 --user admin --passwordfile "$change" --port "$(admin_port "$dir/$name")" change-admin-password
    rm -f "$change"
  fi
}

# admin_port DOMAIN-FOLDER: the admin listener's port in its domain.xml.
admin_port() {
  sed -n 's/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' "$1/config/domain.xml" | head -n 1
}

# configure_domain ADMINPORT RESOURCES-FILE [COMMAND...]
# Applies the given commands, the rest of config/domain.asadmin (what is neither a JVM option nor a
# `set`: taken live, before anything is deployed) and the resources to a domain start_configured
# started, in one asadmin session (each asadmin call is a JVM start of its own).
configure_domain() {
  local adminport="$1" resources="$2" live command; shift 2
  live="$(dirname "$resources")/live.asadmin"
  { for command in "$@"; do printf '%s\n' "$command"; done
    grep -Ev '^(#|$|set |create-jvm-options |delete-jvm-options )' "$TRELLIS_CONFIG/domain.asadmin" || true
    printf 'add-resources %s\nping-connection-pool TrellisPool\n' "$resources"; } > "$live"
  quiet "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$adminport" multimode --file "$live"
}

# mail_resource ADMINPORT HOST PORT FROM: the mail/trellis session notifications are sent through.
mail_resource() {
  quiet "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$1" create-javamail-resource --mailhost "$2" --mailuser trellis --fromaddress "$4" \
    --property "mail.smtp.port=$3" mail/trellis
}

portbase_for_http_port() {
  local port="$1"
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1100 ] || [ "$port" -gt 65400 ]; then
    echo "HTTP port '$port' must be a number between 1100 and 65400." >&2; exit 2
  fi
  echo $((port - 80))
}

run_demo() {
  : "${TRELLIS_EAR:?TRELLIS_EAR is not set}"
  local http_port="${TRELLIS_HTTP_PORT:-8080}" portbase
  # Global: the stop trap may run after this function has returned.
  domains="$TRELLIS_WORK/run-domains"
  portbase=$(portbase_for_http_port "$http_port")
  local adminport=$((portbase + 48))

  local url user password where
  if [ -n "${TRELLIS_DB_URL:-}" ]; then
    url="$TRELLIS_DB_URL"; user="${TRELLIS_DB_USER:-}"; password="${TRELLIS_DB_PASSWORD:-}"
    where="database $url (from TRELLIS_DB_URL)"
  else
    local data="${TRELLIS_H2_FILE:-$TRELLIS_DATA/trellis}"
    mkdir -p "$(dirname "$data")"
    data="$(cd "$(dirname "$data")" && pwd)/$(basename "$data")"
    url="jdbc:h2:file:$data;DB_CLOSE_ON_EXIT=FALSE"; user=trellis; password=trellis
    where="embedded H2 database in file $data.mv.db (kept between runs; delete it to start afresh)"
  fi

  # The admin listener gets a password made for this run, in a file only this user can read; it
  # also guards /metrics and /openapi (file-realm user "ops", same password).
  mkdir -p "$domains"
  ADMIN_PASSWORD_FILE="$domains/admin-password.txt"
  local secret
  secret=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  (umask 077; printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_USERPASSWORD=%s\n' "$secret" "$secret" > "$ADMIN_PASSWORD_FILE")
  chmod 600 "$ADMIN_PASSWORD_FILE"
  ADMIN_AUTH=(--host 127.0.0.1 --user admin --passwordfile "$ADMIN_PASSWORD_FILE")

  log "Provisioning Payara domain 'trellis' in $domains (HTTP port $http_port, admin port $adminport on 127.0.0.1 only)"
  # The audit key lives beside the data, not in the domain (made anew each run) nor in the database.
  local audit_key="${TRELLIS_AUDIT_KEY_FILE:-$TRELLIS_DATA/trellis-audit.key}"
  if [ -z "${TRELLIS_DB_URL:-}" ] && [ -n "${TRELLIS_H2_FILE:-}" ] && [ -z "${TRELLIS_AUDIT_KEY_FILE:-}" ]; then
    audit_key="$data-audit.key"
  fi
  create_domain trellis "$domains" "$portbase" "-Dtrellis.demo=true" "-Dtrellis.audit.key-file=$audit_key"
  render_resources "$url" "$user" "$password" "$domains/trellis/config/trellis-resources.xml"

  STOPPING=0
  stop() {
    [ "$STOPPING" = 1 ] && return
    STOPPING=1
    # On Ctrl-C Maven may already be gone, and with it the pipe our output goes through: a write
    # must not kill us (SIGPIPE) before Payara is stopped, nor may a failed write end the script.
    trap '' PIPE
    set +e
    log "Stopping Payara..." 2>/dev/null
    [ -n "${TAIL_PID:-}" ] && kill "$TAIL_PID" 2>/dev/null || true
    "$ASADMIN" "${ADMIN_AUTH[@]}" stop-domain --domaindir "$domains" --kill=false trellis >/dev/null 2>&1 \
      || "$ASADMIN" "${ADMIN_AUTH[@]}" stop-domain --domaindir "$domains" --kill=true trellis >/dev/null 2>&1 || true
    log "Payara stopped." 2>/dev/null
  }
  trap 'stop; exit 0' INT TERM
  trap stop EXIT

  log "Starting Payara"
  # The admin listener answers on loopback only.
  start_configured "$domains" trellis \
    "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1"
  # Metrics and the OpenAPI document need a sign-in (Payara's file realm, role "microprofile": the
  # user "ops" with the run's password).
  configure_domain "$adminport" "$domains/trellis/config/trellis-resources.xml" \
    "create-file-user --groups microprofile ops" \
    "set-metrics-configuration --securityEnabled=true --roles=microprofile" \
    "set-openapi-configuration --securityEnabled=true --roles=microprofile"
  if [ -n "${TRELLIS_SMTP_HOST:-}" ]; then
    mail_resource "$adminport" "$TRELLIS_SMTP_HOST" "${TRELLIS_SMTP_PORT:-25}" "${TRELLIS_MAIL_FROM:-trellis@localhost}"
    log "Mailing notifications through $TRELLIS_SMTP_HOST:${TRELLIS_SMTP_PORT:-25}"
  else
    log "No TRELLIS_SMTP_HOST: notifications are shown in the app only"
  fi
  log "Using the $where"
  log "Deploying $(basename "$TRELLIS_EAR") (migrates the schema, loads the demo organisation into an empty database)"
  quiet "$ASADMIN" "${ADMIN_AUTH[@]}" --port "$adminport" deploy --force=true --name trellis "$TRELLIS_EAR"
  log "Deployed"

  cat <<EOF

  Trellis is running:   http://localhost:$http_port/trellis
  REST API:             http://localhost:$http_port/trellis/api   (OpenAPI: http://localhost:$http_port/openapi)
                        changes (POST/PUT/PATCH/DELETE) need the header X-Requested-By: <anything>
  Admin console/asadmin: 127.0.0.1:$adminport only, user admin; /metrics and /openapi: user ops, HTTPS
                        (https://localhost:$((http_port + 1))/metrics);
                        the password of both is in $ADMIN_PASSWORD_FILE (readable by you only)
  Database:             $where
  Server log:           $domains/trellis/logs/server.log

  Demo accounts (password: demo)
    dana   director, Platform          mike, maya   managers reporting to dana
    ivan, iris   ICs reporting to mike igor         IC reporting to maya
    diego  director, Product           hana         HR partner of every department
    hugo   HR co-partner of Product only
    vera   VP Engineering (dana's and diego's manager)
    admin  administrator

  Press Ctrl-C to stop.
EOF
  # Keep the foreground: follow the server log until we are told to stop.
  tail -n 0 -F "$domains/trellis/logs/server.log" &
  TAIL_PID=$!
  wait "$TAIL_PID" || true
}

it_start() {
  local portbase="${TRELLIS_IT_PORTBASE:-28000}" domains="$TRELLIS_WORK/it-domains"
  local adminport=$((portbase + 48))
  local host="${TRELLIS_IT_DB_HOST:-127.0.0.1}" port="${TRELLIS_IT_DB_PORT:-5432}"
  local db="${TRELLIS_IT_DB_NAME:-test}" dbuser="${TRELLIS_IT_DB_USER:-postgres}" schema="${TRELLIS_IT_DB_SCHEMA:-trellis_it}"

  # The tests' temp folders (see failsafe's java.io.tmpdir in ear/pom.xml), the server's beside them:
  # Payara keeps an uploaded EAR in its temp folder under the application's name, so two test
  # domains on one machine sharing /tmp deployed (and deleted) each other's archives.
  mkdir -p "$TRELLIS_WORK/it-tmp/server"
  # Each test run starts from an empty schema of its own in the shared test database.
  log "Resetting schema $schema in PostgreSQL database $db at $host:$port"
  quiet psql -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$dbuser" -d "$db" \
    -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"

  log "Provisioning test domain 'trellis-it' (admin port $adminport, HTTP port $((portbase + 80)))"
  create_domain trellis-it "$domains" "$portbase" "-Dtrellis.demo=true" "-Djava.io.tmpdir=$TRELLIS_WORK/it-tmp/server"
  render_resources "jdbc:postgresql://$host:$port/$db?currentSchema=$schema&reWriteBatchedInserts=true" \
    "$dbuser" "" "$domains/trellis-it/config/trellis-resources.xml"
  start_configured "$domains" trellis-it
  configure_domain "$adminport" "$domains/trellis-it/config/trellis-resources.xml"
  # A second, H2 file database for the smoke test of the embedded path.
  local h2="$TRELLIS_WORK/it-h2/trellis-smoke"
  rm -rf "$TRELLIS_WORK/it-h2"
  render_resources "jdbc:h2:file:$h2;DB_CLOSE_ON_EXIT=FALSE" trellis trellis "$domains/trellis-it/config/h2-resources.xml"
  sed -i -e 's/TrellisPool/TrellisH2Pool/g' -e 's|jndi-name="jdbc/trellis"|jndi-name="jdbc/trellis-h2"|' \
    "$domains/trellis-it/config/h2-resources.xml"
  quiet "$ASADMIN" --port "$adminport" add-resources "$domains/trellis-it/config/h2-resources.xml"
  # The integration tests receive mail with an in-process SMTP server (GreenMail) on this port.
  mail_resource "$adminport" 127.0.0.1 "${TRELLIS_IT_SMTP_PORT:-28025}" trellis@trellis.test
  log "Test domain is up."
}

it_stop() {
  local domains="$TRELLIS_WORK/it-domains"
  "$ASADMIN" stop-domain --domaindir "$domains" trellis-it >/dev/null 2>&1 || true
  log "Test domain stopped."
}

# config/cluster.sh sources this file for its functions; only a direct call runs a command.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    run) run_demo ;;
    it-start) it_start ;;
    it-stop) it_stop ;;
    *) echo "usage: $0 run|it-start|it-stop" >&2; exit 2 ;;
  esac
fi
