#!/usr/bin/env bash
# A real Kafka broker process (KRaft, combined broker + controller on 127.0.0.1) from Maven Central's jars.
# Usage: kafka.sh start|stop|status|topics
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

KAFKA_DIR=$TG_DATA_DIR/kafka
PIDFILE=$KAFKA_DIR/kafka.pid
CLASSPATH_FILE=$KAFKA_DIR/classpath.txt

classpath() {
  if [ ! -s "$CLASSPATH_FILE" ] || [ "$TG_ROOT/deploy/local/kafka/pom.xml" -nt "$CLASSPATH_FILE" ]; then
    say "resolving the Kafka broker jars from Maven Central (first time only)" >&2
    mkdir -p "$KAFKA_DIR"
    mvnw -f "$TG_ROOT/deploy/local/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" \
      || fail "could not resolve the Kafka jars (is Maven Central reachable?)"
  fi
  cat "$CLASSPATH_FILE"
}

kafka_java() { java -Xms256m -Xmx768m -Dkafka.logs.dir="$KAFKA_DIR/logs" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -cp "$(classpath)" "$@"; }

write_config() {
  mkdir -p "$KAFKA_DIR/logs"
  cat > "$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$TG_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$TG_KAFKA_PORT,CONTROLLER://127.0.0.1:$TG_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$TG_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=$TG_KAFKA_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  cat > "$KAFKA_DIR/log4j2.properties" <<'LOG'
appender.file.type=File
appender.file.name=file
appender.file.fileName=${sys:kafka.logs.dir}/server.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
LOG
}

start() {
  if running "$PIDFILE"; then say "Kafka is already running (pid $(cat "$PIDFILE")) on 127.0.0.1:$TG_KAFKA_PORT"; return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$TG_KAFKA_PORT") 2>/dev/null; then
    fail "port $TG_KAFKA_PORT is taken by another process; set TRADEGUARD_KAFKA_PORT"
  fi
  write_config
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    say "formatting Kafka storage in $KAFKA_DIR/data"
    kafka_java kafka.tools.StorageTool format \
      -t "$(kafka_java kafka.tools.StorageTool random-uuid)" -c "$KAFKA_DIR/server.properties" >/dev/null
  fi
  say "starting Kafka on 127.0.0.1:$TG_KAFKA_PORT (logs: $KAFKA_DIR/logs)"
  nohup java -Xms256m -Xmx768m -Dkafka.logs.dir="$KAFKA_DIR/logs" \
    -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -cp "$(classpath)" \
    kafka.Kafka "$KAFKA_DIR/server.properties" > "$KAFKA_DIR/logs/stdout.log" 2>&1 &
  echo $! > "$PIDFILE"
  wait_for_port "$TG_KAFKA_PORT" Kafka 90 "$PIDFILE" "$KAFKA_DIR/logs/stdout.log"
  topics
  say "Kafka is ready: bootstrap servers 127.0.0.1:$TG_KAFKA_PORT"
}

# Creates TradeGuard's topics and their .dlq topics; existing ones are left alone.
topics() {
  kafka_java "$TG_ROOT/deploy/local/kafka/CreateTopics.java" "127.0.0.1:$TG_KAFKA_PORT" "$TG_KAFKA_PARTITIONS" \
    "${TG_TOPICS[@]}" || fail "could not create the topics on 127.0.0.1:$TG_KAFKA_PORT"
}

status() {
  if running "$PIDFILE"; then say "Kafka: running (pid $(cat "$PIDFILE")) on 127.0.0.1:$TG_KAFKA_PORT"; else say "Kafka: stopped"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop_pidfile "$PIDFILE" Kafka ;;
  status) status ;;
  topics) topics ;;
  *) echo "usage: $0 start|stop|status|topics" >&2; exit 2 ;;
esac
