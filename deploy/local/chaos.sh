#!/usr/bin/env bash
# The fault campaign (docs/reliability.md): the packaged broker simulator and five services on an in-JVM Kafka broker
# and fresh PostgreSQL databases, a steady load, and N seeded faults; then the checker. Runs e2e-tests' chaos profile.
#   deploy/local/chaos.sh [--faults N] [--seed S] [--overlap K] [--package]
# --package first builds test-support and packages the services (./mvnw install -DskipTests); otherwise test-support
# must be installed and the services' target/quarkus-app jars there. The report is e2e-tests/target/chaos/chaos-report.md (and .json, and chaos-events.log).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
faults=30 seed="" overlap=2 package=false

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case $1 in
    --faults) faults=${2:?--faults needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --overlap) overlap=${2:?--overlap needs a number}; shift 2 ;;
    --package) package=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "chaos.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
for value in "$faults" "$overlap" ${seed:+"$seed"}; do
  [[ $value =~ ^[0-9]+$ ]] || { echo "chaos.sh: '$value' is not a whole number" >&2; exit 2; }
done
[ "$faults" -ge 1 ] && [ "$overlap" -ge 1 ] || { echo "chaos.sh: --faults and --overlap must be at least 1" >&2; exit 2; }

cd "$ROOT"
if $package; then
  ./mvnw -B -q install -DskipTests -pl test-support,broker-simulator,recommendation-service,risk-service,execution-service,monitor-service,alert-service -am
fi
args=(-B -Pchaos -pl e2e-tests verify -Dchaos.faults="$faults" -Dchaos.overlap="$overlap")
[ -n "$seed" ] && args+=(-Dchaos.seed="$seed")
status=0
./mvnw "${args[@]}" || status=$?
report=e2e-tests/target/chaos/chaos-report.md
[ -f "$report" ] && sed -n '1,12p' "$report"
exit $status
