#!/usr/bin/env bash
# One paper-trading day on this machine, from a clean slate. Stops a local stack an earlier run left up, empties the
# five local databases and Kafka's data, starts Kafka, the broker simulator and the five services; imports a
# TODAYS_TRADES file for DEE-BOT and SHORGAN-BOT; lets risk approve (or waits for you with --approve-manually); runs
# the simulated session accelerated to the close; at 12:00 New York pushes one holding down to its bracket's stop and
# another up through the +20 % profit-target rule to its bracket's take-profit; and prints the day from
# monitor-service's daily report, with the alerts by channel. Everything stays up afterwards to look around; stop it
# with: deploy/local/stack.sh down
#
# Usage: paper-day.sh [--approve-manually] [--speed N] [--file TODAYS_TRADES_<date>.md]
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

usage() { echo "usage: $0 [--approve-manually] [--speed N] [--file TODAYS_TRADES_<date>.md]" >&2; exit 2; }
MANUAL=false SPEED=${TRADEGUARD_PAPER_DAY_SPEED:-600} FILE=""
while [ $# -gt 0 ]; do
  case $1 in
    --approve-manually) MANUAL=true ;;
    --speed) [ $# -ge 2 ] || usage; SPEED=$2; shift ;;
    --file) [ $# -ge 2 ] || usage; FILE=$2; shift ;;
    *) usage ;;
  esac
  shift
done
for tool in curl jq bc; do command -v "$tool" >/dev/null || fail "$tool is needed (apt-get install $tool)"; done
if ! [[ $SPEED =~ ^[0-9]+([.][0-9]+)?$ ]] || [ "$(jq -n "$SPEED > 0")" != true ]; then
  fail "--speed must be a number > 0, got '$SPEED'"
fi
if [ -n "$FILE" ]; then
  [ -f "$FILE" ] || fail "no such file: $FILE"
  FILE=$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")
fi

SIM_PORT=${TRADEGUARD_SIMULATOR_PORT:-8090}
RECS_PORT=${TRADEGUARD_RECOMMENDATION_SERVICE_PORT:-8081}
RISK_PORT=${TRADEGUARD_RISK_SERVICE_PORT:-8082}
EXEC_PORT=${TRADEGUARD_EXECUTION_SERVICE_PORT:-8083}
MON_PORT=${TRADEGUARD_MONITOR_SERVICE_PORT:-8084}
ALERT_PORT=${TRADEGUARD_ALERT_SERVICE_PORT:-8085}
SIM=http://127.0.0.1:$SIM_PORT RECS=http://127.0.0.1:$RECS_PORT RISK=http://127.0.0.1:$RISK_PORT
EXEC=http://127.0.0.1:$EXEC_PORT MON=http://127.0.0.1:$MON_PORT ALERT=http://127.0.0.1:$ALERT_PORT
ACCOUNT=${TRADEGUARD_PAPER_ACCOUNT:-PA-PAPER}
CONSOLE=http://127.0.0.1:${TRADEGUARD_CONSOLE_PORT:-8086}
SIM_KEYS=(-H "APCA-API-KEY-ID: ${BROKER_SIMULATOR_KEY_ID:-SIMULATOR-KEY}" -H "APCA-API-SECRET-KEY: ${BROKER_SIMULATOR_SECRET_KEY:-SIMULATOR-SECRET}")
LOG_DIR=$TG_DATA_DIR/logs
NY=America/New_York
# What the commands this script suggests need in front of them to reach this stack.
ENV_PREFIX=$(tg_env_prefix)
# The simulated clock moves in steps of STEP seconds, one step every STEP/SPEED real seconds.
STEP=600

if [ -t 1 ]; then BOLD=$'\033[1m' PLAIN=$'\033[0m'; else BOLD="" PLAIN=""; fi
stage() { printf '\n%s== %s ==%s\n' "$BOLD" "$*" "$PLAIN"; }
line() { printf '  %s\n' "$*"; }
# GET with a bearer token.
get() { curl -fsS -H "Authorization: Bearer $1" "$2"; }
# The simulator's Alpaca API (GET), and its admin API: sim_admin METHOD PATH [curl args].
sim() { curl -fsS "${SIM_KEYS[@]}" "$SIM$1"; }
sim_admin() { local method=$1 path=$2; shift 2; curl -fsS -X "$method" "$SIM/admin$path" -H 'Content-Type: application/json' "$@"; }
epoch() { date -d "$1" +%s; }
ny_epoch() { TZ=$NY date -d "$DAY $1" +%s; }
ny_time() { TZ=$NY date -d "$1" +%H:%M; }
# jq helpers: two decimals, signed, percent of a fraction, New York time of a UTC timestamp.
# shellcheck disable=SC2016  # jq's own variables
JQ_DEFS='
def two: (tonumber * 100 | round) as $c | ($c | if . < 0 then -. else . end) as $a
  | (if $c < 0 then "-" else "" end) + (($a / 100 | floor | tostring) + "."
  + (($a % 100) | tostring | if length < 2 then "0" + . else . end));
def money: if . == null then "-" else two end;
def signed: if . == null then "-" elif tonumber >= 0 then "+" + two else two end;
def pct: if . == null then "-" else (tonumber * 100 | signed) + " %" end;
def ny_time: sub("\\.[0-9]+"; "") | fromdateiso8601 | strflocaltime("%H:%M");'
# jq -r [options] FILTER with the helpers above; the filter comes last.
jqr() { jq -r "${@:1:$#-1}" "$JQ_DEFS ${!#}"; }

# The session this day trades: the next New York weekday that has not closed yet (the recommendations the file yields
# are valid until its close, in real time). Market holidays are skipped once the simulator is up (its calendar).
session_day() {
  local day hour dow
  day=$(TZ=$NY date +%F); hour=$(TZ=$NY date +%H)
  [ "$((10#$hour))" -ge 16 ] && day=$(date -d "$day + 1 day" +%F)
  dow=$(date -d "$day" +%u)
  while [ "$dow" -gt 5 ]; do day=$(date -d "$day + 1 day" +%F); dow=$(date -d "$day" +%u); done
  echo "$day"
}

# Where the day stands: orders in execution-service's ledger and how many filled, bracket exits (stop-loss or
# take-profit legs filled at the broker), and alerts alert-service received.
progress() {
  local clock=$1 now open orders brackets deliveries
  now=$(jq -r .timestamp <<<"$clock"); open=$(jq -r 'if .is_open then "open  " else "closed" end' <<<"$clock")
  orders=$(get "$ADMIN" "$EXEC/orders?limit=1000" 2>/dev/null || echo null)
  brackets=$(sim "/v2/orders?status=all&nested=true&limit=500" 2>/dev/null || echo null)
  deliveries=$(get "$VIEW" "$ALERT/deliveries?limit=1000" 2>/dev/null || echo null)
  printf '  %s NY  market %s  orders %s  filled %s  exits %s  alerts %s\n' "$(ny_time "$now")" "$open" \
    "$(jq -r 'if . == null then "?" else length end' <<<"$orders")" \
    "$(jq -r 'if . == null then "?" else [.[] | select(.state == "FILLED")] | length end' <<<"$orders")" \
    "$(jq -r 'if . == null then "?" else [.[].legs[]? | select(.status == "filled")] | length end' <<<"$brackets")" \
    "$(jq -r 'if . == null then "?" else [.[].eventId] | unique | length end' <<<"$deliveries")"
}

# Midday: one holding falls to its bracket's stop; another climbs through monitor-service's profit-target rule (+20 %
# over its entry: a PROFIT_TARGET alert) and on to its bracket's take-profit. Both legs fill at the simulator.
midday() {
  local brackets positions holdings count stop_sym stop_price target_sym target_price avg nudge
  brackets=$(sim "/v2/orders?status=all&nested=true&limit=500")
  positions=$(sim /v2/positions)
  # Held symbols whose bracket legs still work: symbol, entry, stop leg, take-profit leg.
  holdings=$(jq -c --argjson positions "$positions" '
    [ .[] | select(.order_class == "bracket" and .status == "filled") | . as $o
      | ($positions[] | select(.symbol == $o.symbol)) as $p
      | { symbol, avg: ($p.avg_entry_price | tonumber), price: ($p.current_price | tonumber),
          stop: ([.legs[] | select(.type == "stop" and (.status == "new" or .status == "held")) | .stop_price][0]),
          target: ([.legs[] | select(.type == "limit" and (.status == "new" or .status == "held")) | .limit_price][0]) }
      | select(.stop != null and .target != null) ] | sort_by(.symbol)' <<<"$brackets")
  count=$(jq length <<<"$holdings")
  if [ "$count" -lt 2 ]; then
    line "midday: only $count holding(s) with working bracket legs, nothing to push"
    return 0
  fi
  stop_sym=$(jq -r '.[0].symbol' <<<"$holdings"); stop_price=$(jq -r '.[0].stop' <<<"$holdings")
  target_sym=$(jq -r '.[1].symbol' <<<"$holdings"); target_price=$(jq -r '.[1].target' <<<"$holdings")
  avg=$(jq -r '.[1].avg' <<<"$holdings")
  # Just above +20 % over the entry, if that is still below the take-profit (risk sets it +20 % over the limit).
  nudge=$(jq -rn --argjson avg "$avg" --argjson target "$target_price" \
    '(($avg * 1.2 * 100 | ceil) + 1) / 100 | if . < $target then . else empty end')
  if [ -n "$nudge" ]; then
    sim_admin PUT "/prices/$target_sym" -d "{\"price\": \"$nudge\"}" >/dev/null
    curl -fsS -X POST "$EXEC/positions/snapshot" -H "Authorization: Bearer $SERVICE" >/dev/null \
      || line "  (the positions snapshot failed; see $LOG_DIR/execution-service.log)"
    local alert="" _
    for _ in $(seq 1 30); do
      alert=$(get "$VIEW" "$ALERT/deliveries?type=PROFIT_TARGET&limit=1" 2>/dev/null | jq -r '.[0].subject // empty')
      [ -n "$alert" ] && break
      sleep 0.5
    done
    line "↑ $target_sym climbs to $nudge, $(jqr -n "$nudge / $avg - 1 | pct") over its entry $avg: $(
      if [ -n "$alert" ]; then echo "PROFIT_TARGET alert \"$alert\""
      else echo "no PROFIT_TARGET alert within 15 s (see $LOG_DIR/monitor-service.log)"; fi)"
  fi
  sim_admin PUT "/prices/$target_sym" -d "{\"price\": \"$target_price\"}" >/dev/null
  line "↑ $target_sym reaches its take-profit $(jqr -n "$target_price | money"): $(leg_fill "$target_sym" limit)"
  sim_admin PUT "/prices/$stop_sym" -d "{\"price\": \"$stop_price\"}" >/dev/null
  line "↓ $stop_sym falls to its stop $(jqr -n "$stop_price | money"): $(leg_fill "$stop_sym" stop)"
}

# What became of the bracket leg of a type (stop or limit) of the symbol's filled entry, at the simulator.
# shellcheck disable=SC2016  # jq's own variables
leg_fill() {
  sim "/v2/orders?status=all&nested=true&limit=500" | jqr --arg symbol "$1" --arg type "$2" '
    [ .[] | select(.order_class == "bracket" and .status == "filled" and .symbol == $symbol) | .legs[]
      | select(.type == $type) ][0]
    | if . == null then "no such leg"
      else "\(if .type == "stop" then "stop-loss" else "take-profit" end) leg \(.status)"
        + (if .status == "filled" then " \(.filled_qty) @ \(.filled_avg_price | money)" else " (expected filled)" end)
      end'
}

T_START=$SECONDS
DAY=$(session_day)

stage "1/6 a clean local runtime (paper account $ACCOUNT at the broker simulator; data in $TG_DATA_DIR)"
OPEN=$(TZ=$NY date -d "$DAY 09:30" --iso-8601=seconds)
if $MANUAL; then
  risk_opts="-Dtradeguard.risk.defaults.require-manual-approval=true -Dtradeguard.risk.defaults.automation-level=APPROVE_ALL"
else
  risk_opts="-Dtradeguard.risk.defaults.require-manual-approval=false -Dtradeguard.risk.defaults.automation-level=FULL_AUTO"
fi
export TRADEGUARD_RISK_SERVICE_JAVA_OPTS="$risk_opts ${TRADEGUARD_RISK_SERVICE_JAVA_OPTS:-}"
export TRADEGUARD_SIMULATOR_JAVA_OPTS="-Dbroker-simulator.clock.start=$OPEN -Dbroker-simulator.clock.speed=0 ${TRADEGUARD_SIMULATOR_JAVA_OPTS:-}"
fresh_stack

VIEW=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day viewer)
ADMIN=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day admin)
APPROVER=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day approver)
SERVICE=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day service)

trading_day=$(sim "/v2/calendar?start=$DAY&end=$(date -d "$DAY + 10 days" +%F)" | jq -r '.[0].date // empty')
if [ -n "$trading_day" ] && [ "$trading_day" != "$DAY" ]; then
  line "$DAY is a market holiday: the session is $trading_day"
  DAY=$trading_day OPEN=$(TZ=$NY date -d "$trading_day 09:30" --iso-8601=seconds)
  sim_admin POST /reset -d "{\"start\": \"$OPEN\", \"speed\": 0}" >/dev/null
fi
NOON=$(ny_epoch 12:00) CLOSE=$(ny_epoch 16:00)

stage "2/6 the market opens: $(TZ=$NY date -d "$DAY" '+%A %-d %B %Y'), 09:30 New York"
snapshot=$(curl -fsS -X POST "$EXEC/positions/snapshot" -H "Authorization: Bearer $SERVICE") \
  || fail "execution-service could not publish the account snapshot (log: $LOG_DIR/execution-service.log)"
jqr '"equity \(.equity | money)  cash \(.cash | money)  buying power \(.buyingPower | money)  positions \(.positions | length)"' \
  <<<"$snapshot" | sed 's/^/  broker: /'
for _ in $(seq 1 60); do
  account=$(get "$VIEW" "$RISK/accounts/$ACCOUNT" 2>/dev/null || true)
  [ -n "$account" ] && [ "$(jq -r '.snapshotAt // empty' <<<"$account")" != "" ] && break
  sleep 0.5
done
[ -n "$account" ] || fail "risk-service has not seen the account snapshot (log: $LOG_DIR/risk-service.log)"
jqr '"risk-service sees equity \(.equity | money), market \(if .marketOpen then "open" else "closed" end)"' <<<"$account" | sed 's/^/  /'

stage "3/6 importing today's trades for DEE-BOT and SHORGAN-BOT"
if [ -z "$FILE" ]; then
  FILE=$TG_DATA_DIR/TODAYS_TRADES_$DAY.md
  "$TG_ROOT/deploy/local/sample-trades.sh" "$DAY" "$SIM" > "$FILE"
fi
report=$(curl -fsS -X POST -H "Authorization: Bearer $APPROVER" -H 'Content-Type: text/markdown' \
  --data-binary "@$FILE" "$RECS/imports?fileName=$(basename "$FILE")") || fail "the import of $FILE failed"
line "$FILE"
jq -r '.lines[]? | "  line \(.line): \(.outcome) \(.bot // "") \(.side // "") \(.symbol // "") \(.detail // "")"' <<<"$report"
jq -r '"  \(.created) recommendations created, \(.alreadyImported) already imported, \(.rejected) rejected, \(.information) kept as information"' <<<"$report"
created=$(jq -r .created <<<"$report")

stage "4/6 risk decisions"
for _ in $(seq 1 60); do
  decisions=$(get "$VIEW" "$RISK/decisions?accountId=$ACCOUNT" 2>/dev/null || echo '[]')
  [ "$(jq length <<<"$decisions")" -ge "$created" ] && break
  sleep 0.5
done
jq -r 'sort_by(.decidedAt)[] | "  \(.strategy) \(.side) \(.quantity // "-") \(.symbol) → \(.outcome)\(if .reasonCode then " \(.reasonCode): \(.reasonMessage)" else "" end)"' <<<"$decisions"
if $MANUAL; then
  pending=$(get "$VIEW" "$RISK/approvals?status=PENDING")
  line "$(jq length <<<"$pending") order(s) wait for a human (role approver). In a browser: $CONSOLE/approvals"
  line "  (sign in as approver, password: $(cat "$TG_DATA_DIR/console/password")); or from another shell:"
  line "  TOKEN=\$(${ENV_PREFIX}$TG_ROOT/deploy/local/jwt.sh token you approver)"
  jq -r --arg risk "$RISK" '.[] | "    curl -fsS -X POST -H \"Authorization: Bearer $TOKEN\" -H Content-Type:application/json -d {} \($risk)/approvals/\(.id)/approve   # \(.strategy) \(.side) \(.quantity) \(.symbol)"' <<<"$pending"
  line "  or all at once:"
  line "    for id in \$(curl -fsS -H \"Authorization: Bearer \$TOKEN\" '$RISK/approvals?status=PENDING' | jq -r '.[].id'); do curl -fsS -X POST -H \"Authorization: Bearer \$TOKEN\" -H Content-Type:application/json -d {} $RISK/approvals/\$id/approve >/dev/null; done"
  line "  (reject with POST …/approvals/<id>/reject -d '{\"reason\":\"…\"}'; unanswered approvals expire after 30 minutes)"
  last=""
  while :; do
    waiting=$(get "$VIEW" "$RISK/approvals?status=PENDING" | jq length)
    [ "$waiting" != "$last" ] && line "waiting: $waiting pending"
    last=$waiting
    [ "$waiting" -eq 0 ] && break
    sleep 3
  done
  get "$VIEW" "$RISK/approvals?limit=100" | jq -r '.[] | "  \(.strategy) \(.side) \(.quantity) \(.symbol) → \(.status)\(if .decidedBy then " by \(.decidedBy)" else "" end)"'
fi

# The approved orders reach the broker and, marketable at the open, fill there; wait for that (at most 20 s).
expected=$(jq '[.[] | select(.outcome == "APPROVED")] | length' <<<"$decisions")
if $MANUAL; then
  expected=$((expected + $(get "$VIEW" "$RISK/approvals?limit=100" | jq '[.[] | select(.status == "APPROVED")] | length')))
fi
if [ "$expected" -gt 0 ]; then
  for _ in $(seq 1 40); do
    orders=$(get "$ADMIN" "$EXEC/orders?limit=1000" 2>/dev/null || echo '[]')
    [ "$(jq --argjson n "$expected" 'length >= $n and all(.[]; .state != "SUBMITTING" and .state != "SUBMITTED"
      and .state != "PARTIALLY_FILLED")' <<<"$orders")" = true ] && break
    sleep 0.5
  done
  jq -r '"  execution-service: \(length) order(s) at the broker, "
    + (group_by(.state) | map("\(length) \(.[0].state | ascii_downcase)") | join(", "))' <<<"$orders"
fi

stage "5/6 trading the session at ${SPEED}× (orders, fills, bracket exits, alerts)"
pause=$(jq -n "$STEP / $SPEED")
t=$SECONDS pushed=false deadline=$EPOCHREALTIME
while :; do
  clock=$(sim /v2/clock)
  now=$(jq -r .timestamp <<<"$clock"); is_open=$(jq -r .is_open <<<"$clock"); at=$(epoch "$now")
  case $(ny_time "$now") in *:00|*:30) progress "$clock" ;; esac
  if ! $pushed && [ "$is_open" = true ] && [ "$at" -ge "$NOON" ]; then
    midday
    pushed=true deadline=$EPOCHREALTIME
  fi
  if [ "$is_open" = false ] && [ "$at" -ge "$CLOSE" ]; then break; fi
  sim_admin POST /clock/advance -d "{\"seconds\": $STEP}" >/dev/null
  # One step per STEP/SPEED real seconds, whatever the calls above took.
  deadline=$(jq -n "$deadline + $pause")
  sleep "$(jq -n "[$deadline - $EPOCHREALTIME, 0] | max")"
done
$pushed || line "the session ended before 12:00 New York: nothing was pushed"
SESSION_SECONDS=$((SECONDS - t))
# The closing snapshot (execution-service publishes on its own only while the market is open).
curl -fsS -X POST "$EXEC/positions/snapshot" -H "Authorization: Bearer $SERVICE" >/dev/null \
  || line "(the closing positions snapshot failed; see $LOG_DIR/execution-service.log)"
broker_equity=$(sim /v2/account | jq -r '.equity | tonumber')
for _ in $(seq 1 30); do
  daily=$(get "$VIEW" "$MON/reports/daily?account=$ACCOUNT&date=$DAY" 2>/dev/null || echo '{}')
  [ "$(jq --argjson e "$broker_equity" '.endingValue != null and ((.endingValue | tonumber) - $e | fabs) < 0.005' <<<"$daily")" = true ] && break
  sleep 0.5
done

stage "6/6 the day: monitor-service's daily report for $ACCOUNT on $DAY"
jqr '
  "  starting value  \(.startingValue | money)   (the broker'"'"'s previous close)",
  "  ending value    \(.endingValue | money)",
  "  P&L today       \(.dailyPnl | signed)  (\(.dailyPnlPct | pct))",
  "  executions      \(.tradesExecuted)",
  "  cash            \(.cash | money)   margin used \(.marginUsed | money)",
  "  positions closed: \(.positionsClosed | length)",
  (.positionsClosed[] | "    \(.symbol) \(.direction) \(.quantity)  \(.entryPrice | money) → \(.exitPrice | money)  P&L \(.realizedPnl | signed) (\(.returnPct | pct))  \(.strategy // "")"),
  "  open positions: \(.openPositions | length)",
  (.openPositions[] | "    \(.symbol) \(.quantity) @ \(.avgEntryPrice | money)  now \(.currentPrice | money)  unrealized \(.unrealizedPl | signed) (\(.unrealizedPlPct | pct))")' <<<"$daily"
if [ "$(jq '.endingValue == null' <<<"$daily")" = true ]; then
  line "(no close recorded for $DAY: monitor-service dates account snapshots by the real clock, $(TZ=$NY date +%F) in New York)"
fi
echo
line "fills at the broker simulator (New York time):"
orders=$(sim "/v2/orders?status=all&nested=true&limit=500")
sim /v2/account/activities/FILL | TZ=$NY jq -r --argjson orders "$orders" "$JQ_DEFS"'
  ([ $orders[] | {key: .id, value: "entry"}, (.legs[]? | {key: .id, value: (if .type == "stop" then "stop-loss" else "take-profit" end)}) ] | from_entries) as $kind
  | reverse[] | "    \(.transaction_time | ny_time)  \(.side) \(.qty) \(.symbol) @ \(.price | money)  \($kind[.order_id] // "")"' 2>/dev/null \
  || sim /v2/account/activities/FILL | jq -r 'reverse[] | "    \(.transaction_time)  \(.side) \(.qty) \(.symbol) @ \(.price)"'
echo
deliveries=$(get "$VIEW" "$ALERT/deliveries?limit=1000" 2>/dev/null || echo '[]')
line "alerts: $(jq '[.[].eventId] | unique | length' <<<"$deliveries")"
jq -r 'group_by(.eventId) | sort_by(map(.createdAt) | min)[] | sort_by(.channel) | "    \(.[0].alertType)  \(.[0].subject)  → \(map(.channel) | join(", "))"' <<<"$deliveries"
line "deliveries by channel:"
jq -r 'group_by(.channel)[] | "    \(.[0].channel): \(length) (\(group_by(.status) | map("\(length) \(.[0].status | ascii_downcase)") | join(", ")))"' <<<"$deliveries"
line "  (skipped: the channel has no credentials on this machine; the file channel always delivers)"
line "local alert log: $TG_DATA_DIR/alerts.log ($(wc -l < "$TG_DATA_DIR/alerts.log" 2>/dev/null || echo 0) lines)"
line "the DAILY_SUMMARY alert goes out at 16:15 New York (real time) while the stack runs"

stage "where to look next"
for entry in recommendation-service:$RECS_PORT risk-service:$RISK_PORT execution-service:$EXEC_PORT \
  monitor-service:$MON_PORT alert-service:$ALERT_PORT; do
  printf '  %-23s API http://127.0.0.1:%s   Swagger UI, metrics: http://127.0.0.1:%s/q/swagger-ui, /q/metrics\n' \
    "${entry%%:*}" "${entry##*:}" "$(( ${entry##*:} + 1000 ))"
done
printf '  %-23s %s   Alpaca API /v2/…, admin /admin/clock, /admin/prices/{symbol}\n' broker-simulator "$SIM"
printf '  %-23s %s   approvals, kill switch, the day: sign in as admin (or viewer, approver, risk-officer)\n' console \
  "$CONSOLE"
line "console password:      $(cat "$TG_DATA_DIR/console/password")   (kept in $TG_DATA_DIR/console/password)"
line "token for REST calls:  TOKEN=\$(${ENV_PREFIX}$TG_ROOT/deploy/local/jwt.sh token you viewer)"
line "daily report:          curl -H \"Authorization: Bearer \$TOKEN\" \"$MON/reports/daily?account=$ACCOUNT&date=$DAY\"   (&format=html for a page)"
line "alerts:                curl -H \"Authorization: Bearer \$TOKEN\" \"$ALERT/deliveries\"   and $TG_DATA_DIR/alerts.log"
line "service logs:          $LOG_DIR/"
echo
say "Paper day done in $((SECONDS - T_START)) s (session $SESSION_SECONDS s). Everything is still running so you can look around."
say "Stop it all with: ${ENV_PREFIX}$TG_ROOT/deploy/local/stack.sh down"
