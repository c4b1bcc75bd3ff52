#!/usr/bin/env bash
# The whole local runtime: Kafka (process), PostgreSQL (databases), and the five services in JVM mode.
# Usage: stack.sh up|down|status|infra-up
#   up        infrastructure + services; waits until every service is ready and prints where to look
#   infra-up  Kafka and PostgreSQL only (to run one service from your IDE or with ./mvnw quarkus:dev)
#   down      stops the services and Kafka; nothing is left running
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

LOG_DIR=$TG_DATA_DIR/logs
RUN_DIR=$TG_DATA_DIR/run

port_of() {
  local entry=$1 service=${1%%:*} var
  var=TRADEGUARD_$(echo "${service//-/_}" | tr '[:lower:]' '[:upper:]')_PORT
  echo "${!var:-${entry##*:}}"
}

infra_up() {
  "$TG_ROOT/deploy/local/postgres.sh" ensure
  "$TG_ROOT/deploy/local/kafka.sh" start
  "$TG_ROOT/deploy/local/jwt.sh" keys >/dev/null
}

build_if_needed() {
  local entry missing=()
  for entry in "${TG_SERVICES[@]}"; do
    [ -f "$TG_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ] || missing+=("${entry%%:*}")
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
  QUARKUS_HTTP_PORT=$port \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$TG_KAFKA_PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$TG_PG_HOST:$TG_PG_PORT/tradeguard_${service%-service}" \
  QUARKUS_DATASOURCE_PASSWORD=$TG_DB_PASSWORD \
  TRADEGUARD_JWT_PUBLIC_KEY_LOCATION="file:$TG_DATA_DIR/jwt/public.pem" \
  TRADEGUARD_JWT_ISSUER=$TG_JWT_ISSUER \
    nohup java -Xms64m -Xmx256m -jar "$TG_ROOT/$service/target/quarkus-app/quarkus-run.jar" \
    > "$LOG_DIR/$service.log" 2>&1 &
  echo $! > "$pidfile"
  say "starting $service on :$port (log: $LOG_DIR/$service.log)"
}

wait_ready() {
  local entry=$1 service=${1%%:*} port _
  port=$(port_of "$entry")
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then say "$service is ready"; return 0; fi
    if ! running "$RUN_DIR/$service.pid"; then tail -n 30 "$LOG_DIR/$service.log" >&2; fail "$service exited (log: $LOG_DIR/$service.log)"; fi
    sleep 0.5
  done
  curl -sS "http://127.0.0.1:$port/q/health/ready" >&2 || true
  fail "$service is not ready after 120 s (log: $LOG_DIR/$service.log)"
}

up() {
  infra_up
  build_if_needed
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  local entry
  for entry in "${TG_SERVICES[@]}"; do start_service "$entry"; done
  for entry in "${TG_SERVICES[@]}"; do wait_ready "$entry"; done
  echo
  say "TradeGuard is up (paper trading only). Where to look:"
  for entry in "${TG_SERVICES[@]}"; do
    printf '  %-24s http://127.0.0.1:%s   swagger: /q/swagger-ui   health: /q/health   metrics: /q/metrics\n' \
      "${entry%%:*}" "$(port_of "$entry")"
  done
  echo "  Kafka                    127.0.0.1:$TG_KAFKA_PORT"
  echo "  token for REST calls:    deploy/local/jwt.sh token alice viewer approver"
  echo "  stop everything:         deploy/local/stack.sh down"
}

down() {
  local entry
  for entry in "${TG_SERVICES[@]}"; do stop_pidfile "$RUN_DIR/${entry%%:*}.pid" "${entry%%:*}"; done
  "$TG_ROOT/deploy/local/kafka.sh" stop
}

status() {
  local entry service rc=0
  for entry in "${TG_SERVICES[@]}"; do
    service=${entry%%:*}
    if running "$RUN_DIR/$service.pid"; then
      if curl -fsS "http://127.0.0.1:$(port_of "$entry")/q/health/ready" >/dev/null 2>&1; then
        say "$service: ready on :$(port_of "$entry")"
      else
        say "$service: running, NOT ready (curl http://127.0.0.1:$(port_of "$entry")/q/health/ready)"; rc=1
      fi
    else
      say "$service: stopped"; rc=3
    fi
  done
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
