#!/usr/bin/env bash
# Proves the local runtime on this machine: a Kafka broker process starts from Maven Central jars, has TradeGuard's
# topics (trading-state compacted), kcat can produce to and consume from it, a second start is harmless, and stop
# leaves no process behind. Runs on spare ports and a temporary data directory, so it never touches a running stack.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export TRADEGUARD_DATA_DIR
TRADEGUARD_DATA_DIR=$(mktemp -d)
export TRADEGUARD_KAFKA_PORT=${SELFTEST_KAFKA_PORT:-19092}
export TRADEGUARD_KAFKA_CONTROLLER_PORT=${SELFTEST_KAFKA_CONTROLLER_PORT:-19093}
BOOTSTRAP=127.0.0.1:$TRADEGUARD_KAFKA_PORT
passed=0 failed=0

check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   - $name"; else failed=$((failed + 1)); echo "FAIL - $name"; fi
}

cleanup() { "$ROOT/deploy/local/kafka.sh" stop >/dev/null 2>&1; rm -rf "$TRADEGUARD_DATA_DIR"; }
trap cleanup EXIT

check "kafka.sh start brings a broker up" "$ROOT/deploy/local/kafka.sh" start
check "a second start is harmless" "$ROOT/deploy/local/kafka.sh" start
check "status says running" "$ROOT/deploy/local/kafka.sh" status
topics=$(kcat -L -b "$BOOTSTRAP" 2>/dev/null)
for topic in recommendations approved-orders trading-state fills positions alerts; do
  check "topic $topic and $topic.dlq exist" grep -q "topic \"$topic.dlq\"" <<<"$topics"
done
message="selftest-$RANDOM-$RANDOM"
check "kcat produces" bash -c "echo '$message' | kcat -P -b $BOOTSTRAP -t alerts.dlq -k selftest"
check "kcat consumes what it produced" bash -c \
  "kcat -C -b $BOOTSTRAP -t alerts.dlq -o beginning -e -q -f '%k=%s\n' | grep -qx 'selftest=$message'"
pid=$(cat "$TRADEGUARD_DATA_DIR/kafka/kafka.pid")
check "kafka.sh stop stops the broker" "$ROOT/deploy/local/kafka.sh" stop
check "no broker process is left" bash -c "! kill -0 $pid 2>/dev/null"
check "the port is free again" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$TRADEGUARD_KAFKA_PORT) 2>/dev/null"

echo "local-runtime: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
