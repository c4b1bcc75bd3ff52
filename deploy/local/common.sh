#!/usr/bin/env bash
# Shared settings of the local runtime. Sourced by the other scripts; every value can be overridden by the environment.
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file

TG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TG_DATA_DIR=${TRADEGUARD_DATA_DIR:-$TG_ROOT/.local}
TG_KAFKA_PORT=${TRADEGUARD_KAFKA_PORT:-9092}
TG_KAFKA_CONTROLLER_PORT=${TRADEGUARD_KAFKA_CONTROLLER_PORT:-9093}
TG_KAFKA_PARTITIONS=${TRADEGUARD_KAFKA_PARTITIONS:-3}
TG_PG_HOST=${TRADEGUARD_PG_HOST:-127.0.0.1}
TG_PG_PORT=${TRADEGUARD_PG_PORT:-5432}
TG_PG_ADMIN=${TRADEGUARD_PG_ADMIN:-postgres}
TG_DB_PASSWORD=${TRADEGUARD_DB_PASSWORD:-tradeguard}
TG_JWT_ISSUER=${TRADEGUARD_JWT_ISSUER:-https://tradeguard.local}

# service:port — one database and role per service (tradeguard_<name>).
TG_SERVICES=(recommendation-service:8081 risk-service:8082 execution-service:8083 monitor-service:8084 alert-service:8085)
TG_TOPICS=(recommendations approved-orders trading-state fills positions alerts)

say() { printf '[tradeguard] %s\n' "$*"; }
fail() { printf '[tradeguard] ERROR: %s\n' "$*" >&2; exit 1; }

# True while the process in the pid file runs.
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Stops the processes of pid files, all at once: TERM to each, then KILL to any still running after 30 s; removes the
# pid files. Arguments: NAME=PIDFILE...
stop_pidfiles() {
  local arg name pidfile pid i alive _
  local -a names=() pids=() files=()
  for arg in "$@"; do
    name=${arg%%=*} pidfile=${arg#*=}
    if running "$pidfile"; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      names+=("$name") pids+=("$pid") files+=("$pidfile")
    else
      rm -f "$pidfile"
      say "$name is not running"
    fi
  done
  for _ in $(seq 1 60); do
    alive=false
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.5
  done
  for i in "${!pids[@]}"; do
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      say "${names[$i]} did not stop in 30 s, killing it"
      kill -9 "${pids[$i]}" 2>/dev/null || true
    fi
    rm -f "${files[$i]}"
    say "${names[$i]} stopped"
  done
}

# Stops the process of one pid file (see stop_pidfiles).
stop_pidfile() { stop_pidfiles "$2=$1"; }

# Waits until a TCP port accepts connections; fails after $3 seconds, or at once if the process of pid file $4 died
# (then the end of log $5 is shown).
wait_for_port() {
  local port=$1 name=$2 seconds=${3:-60} pidfile=${4:-} log=${5:-} i
  for i in $(seq 1 $((seconds * 2))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    if [ -n "$pidfile" ] && ! running "$pidfile"; then
      [ -n "$log" ] && tail -n 20 "$log" >&2
      rm -f "$pidfile"
      fail "$name exited before opening port $port (log: ${log:-none})"
    fi
    sleep 0.5
  done
  fail "$name did not open port $port within $seconds s"
}

mvnw() { "$TG_ROOT/mvnw" -B -q "$@"; }

# What a command this stack's scripts suggest needs in front of it to reach the same stack (its data directory has the
# JWT key pair and the pid files).
tg_env_prefix() {
  local prefix=""
  [ -n "${TRADEGUARD_DATA_DIR:-}" ] && prefix="TRADEGUARD_DATA_DIR=$(printf %q "$TG_DATA_DIR") "
  [ -n "${TRADEGUARD_JWT_ISSUER:-}" ] && prefix="${prefix}TRADEGUARD_JWT_ISSUER=$(printf %q "$TG_JWT_ISSUER") "
  printf '%s' "$prefix"
}

# A clean local runtime for a paper run (paper-day.sh, paper-month.sh): stops a stack an earlier run left up, refuses
# ports some process this data directory does not know holds, empties the tradeguard_* databases, Kafka's data and the
# alert log, and brings the stack up (stack.sh up; log: $TG_DATA_DIR/logs/stack-up.log). The caller sets the
# TRADEGUARD_*_JAVA_OPTS it needs first.
fresh_stack() {
  local log_dir=$TG_DATA_DIR/logs down_log port t entry
  local -a ports=("${TRADEGUARD_SIMULATOR_PORT:-8090}" "$TG_KAFKA_PORT" "$TG_KAFKA_CONTROLLER_PORT")
  for entry in "${TG_SERVICES[@]}"; do
    local var
    var=TRADEGUARD_$(echo "${entry%%:*}" | tr '[:lower:]-' '[:upper:]_')_PORT
    ports+=("${!var:-${entry##*:}}")
  done
  mkdir -p "$log_dir"
  down_log=$("$TG_ROOT/deploy/local/stack.sh" down 2>&1) || { printf '%s\n' "$down_log" >&2; fail "could not stop the earlier stack"; }
  grep -v 'is not running' <<<"$down_log" | sed 's/^\[tradeguard\] /  earlier run: /' || true
  for port in "${ports[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      fail "port $port is in use by a process this data directory does not know (another local stack? 'ss -ltnp' shows it); stop it or set TRADEGUARD_*_PORT"
    fi
  done
  "$TG_ROOT/deploy/local/postgres.sh" drop >/dev/null
  rm -rf "$TG_DATA_DIR/kafka/data" "$TG_DATA_DIR/alerts.log"
  printf '  %s\n' "emptied the tradeguard_* databases, Kafka's data and the alert log: every run starts fresh"
  for entry in broker-simulator recommendation-service risk-service execution-service monitor-service alert-service; do
    [ -f "$TG_ROOT/$entry/target/quarkus-app/quarkus-run.jar" ] || { printf '  %s\n' "building the services first (./mvnw package -DskipTests, several minutes)"; break; }
  done
  t=$SECONDS
  "$TG_ROOT/deploy/local/stack.sh" up > "$log_dir/stack-up.log" 2>&1 \
    || { tail -n 30 "$log_dir/stack-up.log" >&2
         fail "the stack did not come up (log: $log_dir/stack-up.log); stop what did start with: $(tg_env_prefix)$TG_ROOT/deploy/local/stack.sh down"; }
  printf '  %s\n' "Kafka, PostgreSQL, the broker simulator and the five services are up and ready ($((SECONDS - t)) s; log: $log_dir/stack-up.log)"
}
