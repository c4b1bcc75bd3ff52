#!/usr/bin/env bash
# One paper-trading day on this machine: starts Kafka, the databases, the broker simulator and the five services,
# imports a TODAYS_TRADES file for DEE-BOT and SHORGAN-BOT, lets risk approve (or waits for you with
# --approve-manually), runs the simulated market accelerated to the close, pushes one price through its stop and
# one through its target, and prints the day. Stop everything afterwards with: deploy/local/stack.sh down
#
# Usage: paper-day.sh [--approve-manually] [--speed N] [--file TODAYS_TRADES_<date>.md]
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

MANUAL=false SPEED=${TRADEGUARD_PAPER_DAY_SPEED:-600} FILE=""
while [ $# -gt 0 ]; do
  case $1 in
    --approve-manually) MANUAL=true ;;
    --speed) SPEED=$2; shift ;;
    --file) FILE=$2; shift ;;
    *) echo "usage: $0 [--approve-manually] [--speed N] [--file TODAYS_TRADES_<date>.md]" >&2; exit 2 ;;
  esac
  shift
done

SIM=http://127.0.0.1:${TRADEGUARD_SIMULATOR_PORT:-8090}
RECS=http://127.0.0.1:${TRADEGUARD_RECOMMENDATION_SERVICE_PORT:-8081}
RISK=http://127.0.0.1:${TRADEGUARD_RISK_SERVICE_PORT:-8082}
EXEC=http://127.0.0.1:${TRADEGUARD_EXECUTION_SERVICE_PORT:-8083}
MON=http://127.0.0.1:${TRADEGUARD_MONITOR_SERVICE_PORT:-8084}
ALERT=http://127.0.0.1:${TRADEGUARD_ALERT_SERVICE_PORT:-8085}
ACCOUNT=${TRADEGUARD_PAPER_ACCOUNT:-PA-PAPER}
SIM_KEYS=(-H "APCA-API-KEY-ID: ${BROKER_SIMULATOR_KEY_ID:-SIMULATOR-KEY}" -H "APCA-API-SECRET-KEY: ${BROKER_SIMULATOR_SECRET_KEY:-SIMULATOR-SECRET}")
command -v jq >/dev/null || fail "jq is needed (apt-get install jq)"

stage() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
json() { curl -fsS -H "Authorization: Bearer $1" "$2"; }

# The session this day trades: the next New York trading day that has not closed yet (the recommendations the file
# yields are valid until its close, in real time).
session_day() {
  local day hour dow
  day=$(TZ=America/New_York date +%F); hour=$(TZ=America/New_York date +%H)
  [ "$hour" -ge 16 ] && day=$(date -d "$day + 1 day" +%F)
  dow=$(date -d "$day" +%u)
  while [ "$dow" -gt 5 ]; do day=$(date -d "$day + 1 day" +%F); dow=$(date -d "$day" +%u); done
  echo "$day"
}

DAY=$(session_day)
OPEN=$(TZ=America/New_York date -d "$DAY 09:30" --iso-8601=seconds)

stage "1/6 starting the stack (paper account $ACCOUNT at the broker simulator, session $DAY)"
if $MANUAL; then
  export TRADEGUARD_RISK_SERVICE_JAVA_OPTS="-Dtradeguard.risk.defaults.require-manual-approval=true -Dtradeguard.risk.defaults.automation-level=APPROVE_ALL"
else
  export TRADEGUARD_RISK_SERVICE_JAVA_OPTS="-Dtradeguard.risk.defaults.require-manual-approval=false -Dtradeguard.risk.defaults.automation-level=FULL_AUTO"
fi
export TRADEGUARD_SIMULATOR_JAVA_OPTS="-Dbroker-simulator.clock.start=$OPEN -Dbroker-simulator.clock.speed=0"
"$TG_ROOT/deploy/local/stack.sh" up

VIEW=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day viewer)
ADMIN=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day admin)
APPROVER=$("$TG_ROOT/deploy/local/jwt.sh" token paper-day approver)

stage "2/6 the market opens: fresh account snapshot"
curl -fsS -X POST "$EXEC/positions/snapshot" -H "Authorization: Bearer $ADMIN" >/dev/null || true
for _ in $(seq 1 60); do
  json "$VIEW" "$RISK/accounts/$ACCOUNT" >/dev/null 2>&1 && break
  sleep 1
done
json "$VIEW" "$RISK/accounts/$ACCOUNT" | jq -r '"equity \(.equity)  cash \(.cash)  buying power \(.buyingPower)"'

stage "3/6 importing today's trades for DEE-BOT and SHORGAN-BOT"
if [ -z "$FILE" ]; then
  FILE=$TG_DATA_DIR/TODAYS_TRADES_$DAY.md
  "$TG_ROOT/deploy/local/sample-trades.sh" "$DAY" "$SIM" > "$FILE"
fi
curl -fsS -X POST -H "Authorization: Bearer $APPROVER" -H 'Content-Type: text/markdown' \
  --data-binary "@$FILE" "$RECS/imports?fileName=$(basename "$FILE")" \
  | jq -r '.lines[]? | "  line \(.line): \(.outcome) \(.symbol // "") \(.message // "")"' | head -40

stage "4/6 risk decisions"
sleep 3
json "$VIEW" "$RISK/decisions?accountId=$ACCOUNT" \
  | jq -r '.[] | "  \(.strategy) \(.side) \(.quantity // "-") \(.symbol) → \(.outcome) \(.reasonCode // "")"'
if $MANUAL; then
  echo "  Approve each pending order (role approver), e.g.:"
  json "$VIEW" "$RISK/approvals?status=PENDING" | jq -r --arg risk "$RISK" \
    '.[] | "  curl -X POST -H \"Authorization: Bearer $(deploy/local/jwt.sh token you approver)\" -H Content-Type:application/json -d {} \($risk)/approvals/\(.id)/approve   # \(.side) \(.quantity) \(.symbol)"'
  echo "  waiting until no approval is pending…"
  while [ "$(json "$VIEW" "$RISK/approvals?status=PENDING" | jq length)" -gt 0 ]; do sleep 5; done
fi

stage "5/6 trading the session at ${SPEED}× (orders, fills, alerts)"
curl -fsS -X PUT "$SIM/admin/clock" -H 'Content-Type: application/json' -d "{\"speed\": $SPEED}" >/dev/null
stops_pushed=false
while :; do
  clock=$(curl -fsS "${SIM_KEYS[@]}" "$SIM/v2/clock")
  now=$(jq -r .timestamp <<<"$clock"); open=$(jq -r .is_open <<<"$clock")
  orders=$(json "$ADMIN" "$EXEC/orders" 2>/dev/null || echo '[]')
  filled=$(jq '[.[] | select((.status // "" | ascii_downcase) == "filled")] | length' <<<"$orders" 2>/dev/null || echo "?")
  printf '  %s  market %s  orders %s  filled %s\n' "$now" "$([ "$open" = true ] && echo open || echo closed)" \
    "$(jq length <<<"$orders" 2>/dev/null || echo ?)" "$filled"
  if ! $stops_pushed && [[ "$now" > "${DAY}T17:00" ]]; then
    # midday: one holding through its stop, another through its target
    positions=$(curl -fsS "${SIM_KEYS[@]}" "$SIM/v2/positions")
    first=$(jq -r '.[0].symbol // empty' <<<"$positions"); second=$(jq -r '.[1].symbol // empty' <<<"$positions")
    if [ -n "$first" ]; then
      price=$(jq -r --arg s "$first" '.[] | select(.symbol == $s) | .current_price' <<<"$positions")
      curl -fsS -X PUT "$SIM/admin/prices/$first" -H 'Content-Type: application/json' \
        -d "{\"price\": \"$(echo "$price * 0.85" | bc -l | xargs printf '%.2f')\"}" >/dev/null && echo "  ↓ $first falls 15 % (stop)"
    fi
    if [ -n "$second" ]; then
      price=$(jq -r --arg s "$second" '.[] | select(.symbol == $s) | .current_price' <<<"$positions")
      curl -fsS -X PUT "$SIM/admin/prices/$second" -H 'Content-Type: application/json' \
        -d "{\"price\": \"$(echo "$price * 1.25" | bc -l | xargs printf '%.2f')\"}" >/dev/null && echo "  ↑ $second rises 25 % (target)"
    fi
    stops_pushed=true
  fi
  [ "$open" = false ] && [[ "$now" > "${DAY}T20:00" ]] && break
  sleep 3
done
curl -fsS -X PUT "$SIM/admin/clock" -H 'Content-Type: application/json' -d '{"speed": 0}' >/dev/null

stage "6/6 the day"
account=$(curl -fsS "${SIM_KEYS[@]}" "$SIM/v2/account")
jq -r '"  equity \(.equity)  (last close \(.last_equity))  cash \(.cash)"' <<<"$account"
echo "  P&L today: $(jq -r '(.equity|tonumber) - (.last_equity|tonumber) | . * 100 | round / 100' <<<"$account")"
echo "  trades:"
curl -fsS "${SIM_KEYS[@]}" "$SIM/v2/account/activities/FILL" \
  | jq -r '.[] | "    \(.transaction_time)  \(.side) \(.qty) \(.symbol) @ \(.price)"' | head -30
echo "  open positions:"
curl -fsS "${SIM_KEYS[@]}" "$SIM/v2/positions" | jq -r '.[] | "    \(.symbol) \(.qty) @ \(.avg_entry_price)  P&L \(.unrealized_pl)"'
echo "  alerts by channel:"
json "$VIEW" "$ALERT/deliveries" 2>/dev/null | jq -r 'group_by(.channel)[] | "    \(.[0].channel): \(length)"' || true
echo "  local alert log: $TG_DATA_DIR/alerts.log ($(wc -l < "$TG_DATA_DIR/alerts.log" 2>/dev/null || echo 0) lines)"
echo "  daily report: curl -H \"Authorization: Bearer \$(deploy/local/jwt.sh token me viewer)\" \"$MON/reports/daily?account=$ACCOUNT\""
echo
say "Done. Everything is still running so you can look around (Swagger UI on every service: /q/swagger-ui)."
say "Stop it all with: deploy/local/stack.sh down"
