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
