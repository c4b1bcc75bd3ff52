#!/usr/bin/env bash
# Writes a TODAYS_TRADES_<date>.md in the original bot's format for the paper day, priced off the broker
# simulator's latest trades so every limit is marketable and inside the risk collar.
# Usage: sample-trades.sh YYYY-MM-DD SIMULATOR_URL
set -euo pipefail
DAY=$1 SIM=$2
KEYS=(-H "APCA-API-KEY-ID: ${BROKER_SIMULATOR_KEY_ID:-SIMULATOR-KEY}" -H "APCA-API-SECRET-KEY: ${BROKER_SIMULATOR_SECRET_KEY:-SIMULATOR-SECRET}")
price() { curl -fsS "${KEYS[@]}" "$SIM/v2/stocks/$1/trades/latest" | jq -r '.trade.p'; }
money() { printf '$%.2f' "$1"; }
at() { echo "$1 * $2" | bc -l; }

row() { # symbol shares limit-factor stop-factor confidence source rationale
  local p; p=$(price "$1")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(money "$(at "$p" "$3")")" "$(money "$(at "$p" "$4")")" "$5" "$6" "$7"
}

cat <<HEADER
# Today's AI-Generated Trade Recommendations
## $(date -d "$DAY" '+%A, %B %-d, %Y')
## Generated: 08:30 AM ET

---

## 📊 VALIDATION SUMMARY
**Research Sources**: TradeGuard paper-day sample (synthetic, not advice)

**DEE-BOT**: 3 approved / 1 rejected
**SHORGAN-BOT**: 2 approved / 0 rejected

---

## 🛡️ DEE-BOT TRADES (Defensive S&P 100)
**Strategy**: LONG-ONLY

### BUY ORDERS
| Symbol | Shares | Limit Price | Stop Loss | Confidence | Source | Rationale |
|--------|--------|-------------|-----------|------------|--------|-----------|
HEADER
row MSFT 10 1.002 0.92 72% CLAUDE "Sample: quality compounder on a pullback"
row AAPL 15 1.002 0.93 70% CLAUDE "Sample: defensive mega-cap"
row SPY 5 1.002 0.95 75% CHATGPT "Sample: index core"
cat <<MIDDLE

### REJECTED RECOMMENDATIONS (for transparency)
| Symbol | Source | Rejection Reason |
|--------|--------|------------------|
| TSLA | CLAUDE | Sample: volatility above the defensive mandate |

---

## 🚀 SHORGAN-BOT TRADES (Catalyst-Driven)
**Strategy**: Event-driven

### SELL ORDERS

| No sell orders today | - | - | - | - | - |

### BUY ORDERS
| Symbol | Shares | Limit Price | Stop Loss | Confidence | Source | Rationale |
|--------|--------|-------------|-----------|------------|--------|-----------|
MIDDLE
row NVDA 8 1.003 0.90 68% CLAUDE "Sample: product event this week"
row META 6 1.003 0.91 66% CLAUDE "Sample: earnings momentum"
