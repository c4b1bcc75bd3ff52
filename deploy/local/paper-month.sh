#!/usr/bin/env bash
# A month of paper trading in minutes (docs/paper-month.md). From a clean slate like paper-day.sh: Kafka, the broker
# simulator (its clock stopped at the first day's open, its price paths seeded with --seed) and the five services,
# every one following the simulator's clock (TRADEGUARD_CLOCK_FOLLOW=1); then `tradeguard paper-month` drives the
# stack through REST for --days NYSE sessions (weekends and holidays skipped), one progress line per day, and prints
# and writes the go-live verdict, metrics, red flags, reviews, recommendation outcomes and the chart to
# $TG_DATA_DIR/paper-month/. Everything stays up afterwards; stop it with: deploy/local/stack.sh down
#
# Usage: paper-month.sh [--days N] [--trades DIR] [--seed S] [--start YYYY-MM-DD] [--bars FILE.csv] [--approve-manually]
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

usage() { echo "usage: $0 [--days N] [--trades DIR] [--seed S] [--start YYYY-MM-DD] [--bars FILE.csv] [--approve-manually]" >&2; exit 2; }
DAYS="" TRADES="" SEED=42 START="" BARS="" MANUAL=false
while [ $# -gt 0 ]; do
  case $1 in
    --days) [ $# -ge 2 ] || usage; DAYS=$2; shift ;;
    --trades) [ $# -ge 2 ] || usage; TRADES=$2; shift ;;
    --seed) [ $# -ge 2 ] || usage; SEED=$2; shift ;;
    --start) [ $# -ge 2 ] || usage; START=$2; shift ;;
    --bars) [ $# -ge 2 ] || usage; BARS=$2; shift ;;
    --approve-manually) MANUAL=true ;;
    *) usage ;;
  esac
  shift
done
[ -z "$DAYS" ] || [[ $DAYS =~ ^[1-9][0-9]*$ ]] || fail "--days must be a whole number > 0, got '$DAYS'"
[[ $SEED =~ ^-?[0-9]+$ ]] || fail "--seed must be a whole number, got '$SEED'"
if [ -n "$TRADES" ]; then
  [ -d "$TRADES" ] || fail "--trades must be a directory of TODAYS_TRADES_<date>.md files: $TRADES"
  TRADES=$(cd "$TRADES" && pwd)
fi
if [ -n "$BARS" ]; then
  [ -f "$BARS" ] || fail "--bars must be a CSV file of daily or one-minute bars (docs/paper-month.md): $BARS"
  BARS=$(cd "$(dirname "$BARS")" && pwd)/$(basename "$BARS")
fi
NY=America/New_York
if [ -z "$START" ] && [ -n "$TRADES" ]; then
  first=$(find "$TRADES" -maxdepth 1 -name 'TODAYS_TRADES_????-??-??.md' -printf '%f\n' | sort | head -n 1)
  [ -n "$first" ] || fail "no TODAYS_TRADES_<date>.md file in $TRADES"
  START=${first#TODAYS_TRADES_}; START=${START%.md}
fi
if [ -z "$START" ]; then
  # The next New York weekday that has not closed yet; the simulator's calendar skips a holiday.
  START=$(TZ=$NY date +%F)
  [ "$((10#$(TZ=$NY date +%H)))" -ge 16 ] && START=$(date -d "$START + 1 day" +%F)
  while [ "$(date -d "$START" +%u)" -gt 5 ]; do START=$(date -d "$START + 1 day" +%F); done
fi
date -d "$START" +%F >/dev/null 2>&1 && [[ $START =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] \
  || fail "--start must be a date like 2025-11-26, got '$START'"

SIM_PORT=${TRADEGUARD_SIMULATOR_PORT:-8090}
ACCOUNT=${TRADEGUARD_PAPER_ACCOUNT:-PA-PAPER}
OUT=$TG_DATA_DIR/paper-month
T_START=$SECONDS

say "a clean local runtime, every service on the broker simulator's clock (seed $SEED, first day $START)"
if $MANUAL; then
  risk_opts="-Dtradeguard.risk.defaults.require-manual-approval=true -Dtradeguard.risk.defaults.automation-level=APPROVE_ALL"
  APPROVE=manual
else
  risk_opts="-Dtradeguard.risk.defaults.require-manual-approval=false -Dtradeguard.risk.defaults.automation-level=FULL_AUTO"
  APPROVE=all
fi
export TRADEGUARD_RISK_SERVICE_JAVA_OPTS="$risk_opts ${TRADEGUARD_RISK_SERVICE_JAVA_OPTS:-}"
OPEN=$(TZ=$NY date -d "$START 09:30" --iso-8601=seconds)
# A month in minutes squeezes a month of broker calls (snapshots, orders, the run's own reads) into minutes: Alpaca's
# 200 requests a minute, the simulator's default, would refuse them (429), so both sides allow more here.
export TRADEGUARD_SIMULATOR_JAVA_OPTS="-Dbroker-simulator.clock.start=$OPEN -Dbroker-simulator.clock.speed=0 -Dbroker-simulator.market.seed=$SEED -Dbroker-simulator.requests-per-minute=100000 ${BARS:+-Dbroker-simulator.market.bars-csv=$BARS} ${TRADEGUARD_SIMULATOR_JAVA_OPTS:-}"
export TRADEGUARD_EXECUTION_SERVICE_JAVA_OPTS="-Dtradeguard.execution.broker.requests-per-minute=100000 ${TRADEGUARD_EXECUTION_SERVICE_JAVA_OPTS:-}"
export TRADEGUARD_CLOCK_FOLLOW=1
fresh_stack

JAR=$TG_ROOT/cli/target/tradeguard.jar
if [ ! -f "$JAR" ]; then
  say "building the command line tool (./mvnw package -pl cli)"
  mvnw -f "$TG_ROOT/cli/pom.xml" package -DskipTests
fi
# The tool reaches the stack on its ports (API and management), the simulator with its key pair, as one user who
# imports and approves (approver), snapshots (service), reads the ledger (admin) and the reports (viewer).
cli_env=("TRADEGUARD_TOKEN=$("$TG_ROOT/deploy/local/jwt.sh" token paper-month viewer approver admin service)"
  "TRADEGUARD_SIMULATOR_URL=http://127.0.0.1:$SIM_PORT" "TRADEGUARD_ACCOUNT=$ACCOUNT")
for entry in "${TG_SERVICES[@]}"; do
  name=${entry%%:*} var=TRADEGUARD_$(echo "${entry%%:*}" | tr '[:lower:]-' '[:upper:]_')_PORT
  port=${!var:-${entry##*:}} key=$(echo "${name%-service}" | tr '[:lower:]' '[:upper:]')
  cli_env+=("TRADEGUARD_${key}_URL=http://127.0.0.1:$port" "TRADEGUARD_${key}_MANAGEMENT_URL=http://127.0.0.1:$((port + 1000))")
done
args=(paper-month --start "$START" --seed "$SEED" --approve "$APPROVE" --out "$OUT")
[ -n "$DAYS" ] && args+=(--days "$DAYS")
[ -n "$TRADES" ] && args+=(--trades "$TRADES")
rm -rf "$OUT"
echo
env "${cli_env[@]}" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" "${args[@]}"
echo
say "paper month done in $((SECONDS - T_START)) s; the report: $OUT/paper-month.md (JSON: paper-month.json, chart: performance.png)"
say "everything is still running; stop it with: $(tg_env_prefix)$TG_ROOT/deploy/local/stack.sh down"
