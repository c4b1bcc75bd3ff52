#!/usr/bin/env bash
# The whole local runtime: Kafka (process), PostgreSQL (databases), the five services in JVM mode and the operator's
# console.
# Usage: stack.sh up|down|status|infra-up
#   up        infrastructure + services; waits until every service is ready and prints where to look
#   infra-up  Kafka and PostgreSQL only (to run one service from your IDE or with ./mvnw quarkus:dev)
#   down      stops the services and Kafka; nothing is left running
# TRADEGUARD_NATIVE=true runs the five services and the simulator as native executables (built first with
# ./mvnw -Pnative package; deploy/native/README.md); the console stays on the JVM.
# TRADEGUARD_CLOCK_FOLLOW=1 makes every service's clock follow the broker simulator's (tradeguard.clock.follow, for a
# replay on simulated days: paper-month.sh); default off, the wall clock.
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

LOG_DIR=$TG_DATA_DIR/logs
RUN_DIR=$TG_DATA_DIR/run
APP_DIR=$TG_DATA_DIR/apps

port_of() {
  local entry=$1 service=${1%%:*} var
  var=TRADEGUARD_$(echo "${service//-/_}" | tr '[:lower:]' '[:upper:]')_PORT
  echo "${!var:-${entry##*:}}"
}

# Health, metrics, OpenAPI and Swagger UI: the packaged services serve them on Quarkus' management interface (their
# own port, as in Kubernetes), here the API port + 1000 (9081…9085), on loopback.
management_port_of() { echo $(( $(port_of "$1") + 1000 )); }

SIM_PORT=${TRADEGUARD_SIMULATOR_PORT:-8090}
PAPER_ACCOUNT=${TRADEGUARD_PAPER_ACCOUNT:-PA-PAPER}
CONSOLE_PORT=${TRADEGUARD_CONSOLE_PORT:-8086}
CONSOLE_DIR=$TG_DATA_DIR/console
# The local sign-in of the console: one user per role, one password (made once, kept in $CONSOLE_DIR/password).
CONSOLE_USERS=(viewer:viewer approver:approver risk-officer:risk-officer admin:admin)

# The environment of one service on the local runtime: its port, Kafka, its database, the local JWT key, and the
# paper account at the broker simulator (both bots share it, half of its equity each).
service_env() {
  local service=$1
  # Kafka stays plaintext on loopback here; in Kubernetes each service is a KafkaUser over mutual TLS (docs/operations.md).
  echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$TG_KAFKA_PORT"
  echo "QUARKUS_MANAGEMENT_HOST=127.0.0.1"
  # OpenAPI and Swagger UI: off in prod unless turned on, and this is a workstation.
  echo "TRADEGUARD_OPENAPI_ENABLED=true"
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$TG_PG_HOST:$TG_PG_PORT/tradeguard_${service%-service}"
  echo "QUARKUS_DATASOURCE_PASSWORD=$TG_DB_PASSWORD"
  echo "TRADEGUARD_JWT_PUBLIC_KEY_LOCATION=file:$TG_DATA_DIR/jwt/public.pem"
  echo "TRADEGUARD_JWT_ISSUER=$TG_JWT_ISSUER"
  echo "TRADEGUARD_DATA_DIR=$TG_DATA_DIR"
  echo "DEE_BOT_ACCOUNT=$PAPER_ACCOUNT"
  echo "SHORGAN_BOT_ACCOUNT=$PAPER_ACCOUNT"
  case $service in
    execution-service)
      echo "TRADEGUARD_ACCOUNT_ID=$PAPER_ACCOUNT"
      echo "ALPACA_API_KEY_ID=${BROKER_SIMULATOR_KEY_ID:-SIMULATOR-KEY}"
      echo "ALPACA_API_SECRET_KEY=${BROKER_SIMULATOR_SECRET_KEY:-SIMULATOR-SECRET}"
      echo "TRADEGUARD_BROKER_BASE_URL_OVERRIDE=http://127.0.0.1:$SIM_PORT"
      echo "TRADEGUARD_SNAPSHOT_INTERVAL=${TRADEGUARD_SNAPSHOT_INTERVAL:-5s}" ;;
    monitor-service)
      echo "ALPACA_DATA_URL=http://127.0.0.1:$SIM_PORT"
      echo "ALPACA_DATA_KEY_ID=${BROKER_SIMULATOR_KEY_ID:-SIMULATOR-KEY}"
      echo "ALPACA_DATA_SECRET_KEY=${BROKER_SIMULATOR_SECRET_KEY:-SIMULATOR-SECRET}" ;;
  esac
}

# Extra JVM options of a service: the two bots on the one simulated account, and whatever the caller adds in
# TRADEGUARD_<SERVICE>_JAVA_OPTS (e.g. the paper day's automation level).
service_java_opts() {
  local service=$1 var
  var=TRADEGUARD_$(echo "${service//-/_}" | tr '[:lower:]' '[:upper:]')_JAVA_OPTS
  case $service in
    risk-service)
      printf '%s\n' "-Dtradeguard.risk.strategies.\"DEE-BOT\".capital-allocation-pct=0.5" \
        "-Dtradeguard.risk.strategies.\"SHORGAN-BOT\".capital-allocation-pct=0.5" ;;
    recommendation-service)
      printf '%s\n' "-Dtradeguard.recommendation.accounts.\"DEE-BOT\".paper=$PAPER_ACCOUNT" \
        "-Dtradeguard.recommendation.accounts.\"SHORGAN-BOT\".paper=$PAPER_ACCOUNT" ;;
  esac
  if [ "${TRADEGUARD_CLOCK_FOLLOW:-0}" = 1 ]; then
    # five services starting at once on two cores can keep the simulator from answering their first read in 2 s
    printf '%s\n' "-Dtradeguard.clock.follow=http://127.0.0.1:$SIM_PORT/admin/clock" "-Dtradeguard.clock.request-timeout=10s"
  fi
  # shellcheck disable=SC2086  # word splitting of the caller's options is intended
  [ -n "${!var:-}" ] && printf '%s\n' ${!var}
  return 0
}

# The stack runs a copy of each built app (target/quarkus-app), so a rebuild while it runs (./mvnw package or verify)
# does not swap the jars underneath it. A copy taken while a build rewrites the app is retried.
copy_app() {
  local src=$TG_ROOT/$1/target/quarkus-app dst=$APP_DIR/$1 _
  mkdir -p "$APP_DIR"
  if native_app "$1"; then
    src=$(native_runner "$1") || fail "$1 has no native executable: build it with ./mvnw -Pnative package -pl $1"
    rm -rf "$dst" && mkdir -p "$dst" && cp -a "$src" "$dst/runner" && return 0
  fi
  for _ in 1 2 3 4 5; do
    rm -rf "$dst.tmp"
    if cp -a "$src" "$dst.tmp" 2>/dev/null && [ -f "$dst.tmp/quarkus-run.jar" ]; then
      rm -rf "$dst" && mv "$dst.tmp" "$dst" && return 0
    fi
    sleep 2
  done
  rm -rf "$dst.tmp"
  fail "could not copy $src (is it being rebuilt? try again when the build is done)"
}

native_app() { [ "${TRADEGUARD_NATIVE:-}" = true ] && [ "$1" != console ]; }
native_runner() {
  local runner
  for runner in "$TG_ROOT/$1/target/$1"-*-runner; do [ -x "$runner" ] && echo "$runner" && return 0; done
  return 1
}

# The command that runs an app with the given JVM/runtime options: its native executable, or java -jar.
app_command() {
  local app=$1; shift
  if native_app "$app"; then
    printf '%s\n' "$APP_DIR/$app/runner" "$@"
  else
    printf '%s\n' java "$@" -jar "$APP_DIR/$app/quarkus-run.jar"
  fi
}

start_simulator() {
  local pidfile=$RUN_DIR/broker-simulator.pid
  if running "$pidfile"; then say "broker-simulator already running (pid $(cat "$pidfile")) on :$SIM_PORT"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$SIM_PORT") 2>/dev/null; then fail "port $SIM_PORT for broker-simulator is taken; set TRADEGUARD_SIMULATOR_PORT"; fi
  local -a sim_opts=()
  read -r -a sim_opts <<< "${TRADEGUARD_SIMULATOR_JAVA_OPTS:-}"
  copy_app broker-simulator
  local -a command
  mapfile -t command < <(app_command broker-simulator -Xms64m -Xmx256m -Dquarkus.http.port="$SIM_PORT" "${sim_opts[@]}")
  nohup "${command[@]}" > "$LOG_DIR/broker-simulator.log" 2>&1 &
  echo $! > "$pidfile"
  say "starting broker-simulator on :$SIM_PORT (log: $LOG_DIR/broker-simulator.log)"
  wait_for_port "$SIM_PORT" broker-simulator 60 "$pidfile" "$LOG_DIR/broker-simulator.log"
}

infra_up() {
  "$TG_ROOT/deploy/local/postgres.sh" ensure
  "$TG_ROOT/deploy/local/kafka.sh" start
  "$TG_ROOT/deploy/local/jwt.sh" keys >/dev/null
}

build_if_needed() {
  local entry missing=()
  for entry in "${TG_SERVICES[@]}" broker-simulator:0 console:0; do
    if native_app "${entry%%:*}"; then
      native_runner "${entry%%:*}" >/dev/null || fail "${entry%%:*} has no native executable: ./mvnw -Pnative package -pl ${entry%%:*}"
    else
      [ -f "$TG_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ] || missing+=("${entry%%:*}")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "building ${missing[*]} (./mvnw package -DskipTests)"
    (cd "$TG_ROOT" && "$TG_ROOT/mvnw" -B -q package -DskipTests) || fail "build failed"
  fi
}

start_service() {
  local entry=$1 service=${1%%:*} port pidfile
  port=$(port_of "$entry")
  pidfile=$RUN_DIR/$service.pid
  if running "$pidfile"; then say "$service already running (pid $(cat "$pidfile")) on :$port"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port for $service is taken; set $(echo "TRADEGUARD_${service//-/_}_PORT" | tr '[:lower:]' '[:upper:]')"; fi
  local -a env_vars java_opts command
  mapfile -t env_vars < <(service_env "$service")
  mapfile -t java_opts < <(service_java_opts "$service")
  copy_app "$service"
  mapfile -t command < <(app_command "$service" -Xms64m -Xmx256m "${java_opts[@]}")
  env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(management_port_of "$entry")" "${env_vars[@]}" \
    nohup "${command[@]}" > "$LOG_DIR/$service.log" 2>&1 &
  echo $! > "$pidfile"
  say "starting $service on :$port (log: $LOG_DIR/$service.log)"
}

wait_ready() {
  local entry=$1 service=${1%%:*} port _
  port=$(management_port_of "$entry")
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then say "$service is ready"; return 0; fi
    if ! running "$RUN_DIR/$service.pid"; then tail -n 30 "$LOG_DIR/$service.log" >&2; fail "$service exited (log: $LOG_DIR/$service.log)"; fi
    sleep 0.5
  done
  curl -sS "http://127.0.0.1:$port/q/health/ready" >&2 || true
  fail "$service is not ready after 120 s (log: $LOG_DIR/$service.log)"
}

# The console's local secrets, made once under the data directory: the sign-in password (stored as given and as its
# bcrypt hash, made by the console's own PasswordHash) and the key its session cookie is encrypted with.
console_secrets() {
  mkdir -p "$CONSOLE_DIR" && chmod 700 "$CONSOLE_DIR"
  if [ ! -s "$CONSOLE_DIR/password" ] || [ ! -s "$CONSOLE_DIR/password.bcrypt" ]; then
    (umask 077; openssl rand -base64 15 | tr -d '/+=' > "$CONSOLE_DIR/password")
    java -cp "$APP_DIR/console/app/*:$APP_DIR/console/lib/main/*" dev.tradeguard.console.security.PasswordHash \
      < "$CONSOLE_DIR/password" > "$CONSOLE_DIR/password.bcrypt" || fail "could not hash the console password"
  fi
  [ -s "$CONSOLE_DIR/session.key" ] || (umask 077; openssl rand -hex 32 > "$CONSOLE_DIR/session.key")
}

# The console calls the services' REST APIs as the signed-in person, with tokens it signs with the local JWT key.
start_console() {
  local pidfile=$RUN_DIR/console.pid user
  if running "$pidfile"; then say "console already running (pid $(cat "$pidfile")) on :$CONSOLE_PORT"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$CONSOLE_PORT") 2>/dev/null; then fail "port $CONSOLE_PORT for the console is taken; set TRADEGUARD_CONSOLE_PORT"; fi
  copy_app console
  console_secrets
  local -a users=()
  for user in "${CONSOLE_USERS[@]}"; do
    users+=("-Dtradeguard.console.users.\"${user%%:*}\".password-hash=$(cat "$CONSOLE_DIR/password.bcrypt")"
      "-Dtradeguard.console.users.\"${user%%:*}\".roles=${user#*:}")
  done
  env QUARKUS_HTTP_PORT="$CONSOLE_PORT" \
    TRADEGUARD_RISK_URL="http://127.0.0.1:$(port_of risk-service:8082)" \
    TRADEGUARD_EXECUTION_URL="http://127.0.0.1:$(port_of execution-service:8083)" \
    TRADEGUARD_MONITOR_URL="http://127.0.0.1:$(port_of monitor-service:8084)" \
    TRADEGUARD_ALERT_URL="http://127.0.0.1:$(port_of alert-service:8085)" \
    TRADEGUARD_RISK_MANAGEMENT_URL="http://127.0.0.1:$(( $(port_of risk-service:8082) + 1000 ))" \
    TRADEGUARD_EXECUTION_MANAGEMENT_URL="http://127.0.0.1:$(( $(port_of execution-service:8083) + 1000 ))" \
    TRADEGUARD_MONITOR_MANAGEMENT_URL="http://127.0.0.1:$(( $(port_of monitor-service:8084) + 1000 ))" \
    TRADEGUARD_ALERT_MANAGEMENT_URL="http://127.0.0.1:$(( $(port_of alert-service:8085) + 1000 ))" \
    TRADEGUARD_JWT_PRIVATE_KEY_LOCATION="file:$TG_DATA_DIR/jwt/private.pem" TRADEGUARD_JWT_ISSUER="$TG_JWT_ISSUER" \
    TRADEGUARD_CONSOLE_SESSION_KEY="$(cat "$CONSOLE_DIR/session.key")" \
    nohup java -Xms32m -Xmx128m "${users[@]}" -jar "$APP_DIR/console/quarkus-run.jar" > "$LOG_DIR/console.log" 2>&1 &
  echo $! > "$pidfile"
  say "starting the console on :$CONSOLE_PORT (log: $LOG_DIR/console.log)"
  local _
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$CONSOLE_PORT/q/health/ready" >/dev/null 2>&1; then say "console is ready"; return 0; fi
    running "$pidfile" || { tail -n 30 "$LOG_DIR/console.log" >&2; fail "the console exited (log: $LOG_DIR/console.log)"; }
    sleep 0.5
  done
  fail "the console is not ready after 60 s (log: $LOG_DIR/console.log)"
}

up() {
  infra_up
  build_if_needed
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  local entry
  start_simulator
  for entry in "${TG_SERVICES[@]}"; do start_service "$entry"; done
  for entry in "${TG_SERVICES[@]}"; do wait_ready "$entry"; done
  start_console
  echo
  say "TradeGuard is up (paper trading only). Where to look:"
  for entry in "${TG_SERVICES[@]}"; do
    printf '  %-24s API http://127.0.0.1:%s   management http://127.0.0.1:%s: /q/swagger-ui /q/health /q/metrics\n' \
      "${entry%%:*}" "$(port_of "$entry")" "$(management_port_of "$entry")"
  done
  echo "  broker-simulator         http://127.0.0.1:$SIM_PORT   (Alpaca API v2; admin: /admin/clock, /admin/prices)"
  echo "  Kafka                    127.0.0.1:$TG_KAFKA_PORT"
  echo "  console                  http://127.0.0.1:$CONSOLE_PORT   sign in as admin (or viewer, approver, risk-officer)"
  echo "                           password: $(cat "$CONSOLE_DIR/password")   (kept in $CONSOLE_DIR/password)"
  echo "  token for REST calls:    deploy/local/jwt.sh token alice viewer approver"
  echo "  stop everything:         deploy/local/stack.sh down"
}

down() {
  local entry
  local -a services=()
  # The services all at once (each takes seconds to close its Kafka clients), then the simulator, then Kafka.
  for entry in "${TG_SERVICES[@]}"; do services+=("${entry%%:*}=$RUN_DIR/${entry%%:*}.pid"); done
  services+=("console=$RUN_DIR/console.pid")
  stop_pidfiles "${services[@]}"
  stop_pidfile "$RUN_DIR/broker-simulator.pid" broker-simulator
  "$TG_ROOT/deploy/local/kafka.sh" stop
}

status() {
  local entry service rc=0
  for entry in "${TG_SERVICES[@]}"; do
    service=${entry%%:*}
    if running "$RUN_DIR/$service.pid"; then
      if curl -fsS "http://127.0.0.1:$(management_port_of "$entry")/q/health/ready" >/dev/null 2>&1; then
        say "$service: ready on :$(port_of "$entry")"
      else
        say "$service: running, NOT ready (curl http://127.0.0.1:$(management_port_of "$entry")/q/health/ready)"; rc=1
      fi
    else
      say "$service: stopped"; rc=3
    fi
  done
  if ! running "$RUN_DIR/console.pid"; then say "console: stopped"; rc=3
  elif curl -fsS "http://127.0.0.1:$CONSOLE_PORT/q/health/ready" >/dev/null 2>&1; then say "console: ready on :$CONSOLE_PORT"
  else say "console: running, NOT ready"; rc=1; fi
  "$TG_ROOT/deploy/local/kafka.sh" status || rc=3
  "$TG_ROOT/deploy/local/postgres.sh" status || rc=3
  return $rc
}

case "${1:-}" in
  up) up ;;
  infra-up) infra_up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|infra-up|down|status" >&2; exit 2 ;;
esac
