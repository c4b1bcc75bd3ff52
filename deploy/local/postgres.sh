#!/usr/bin/env bash
# Makes sure the PostgreSQL server is ready and has one database and role per service (idempotent).
# Usage: postgres.sh ensure|status|drop
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

psql_admin() { psql -v ON_ERROR_STOP=1 -h "$TG_PG_HOST" -p "$TG_PG_PORT" -U "$TG_PG_ADMIN" -d postgres -tAq "$@"; }

ready() {
  pg_isready -h "$TG_PG_HOST" -p "$TG_PG_PORT" -q \
    || fail "PostgreSQL is not accepting connections on $TG_PG_HOST:$TG_PG_PORT (start it, or set TRADEGUARD_PG_HOST/PORT)"
}

ensure() {
  ready
  local entry service name
  for entry in "${TG_SERVICES[@]}"; do
    service=${entry%%:*}
    name=tradeguard_${service%-service}
    if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$name'")" != 1 ]; then
      psql_admin -c "CREATE ROLE $name LOGIN PASSWORD '$TG_DB_PASSWORD'"
      say "created role $name"
    fi
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" != 1 ]; then
      psql_admin -c "CREATE DATABASE $name OWNER $name"
      say "created database $name"
    fi
  done
  say "PostgreSQL on $TG_PG_HOST:$TG_PG_PORT has the TradeGuard databases"
}

drop() {
  ready
  local entry service name
  for entry in "${TG_SERVICES[@]}"; do
    service=${entry%%:*}
    name=tradeguard_${service%-service}
    psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
    psql_admin -c "DROP ROLE IF EXISTS $name"
    say "dropped database and role $name"
  done
}

case "${1:-}" in
  ensure) ensure ;;
  status) ready && say "PostgreSQL: ready on $TG_PG_HOST:$TG_PG_PORT" ;;
  drop) drop ;;
  *) echo "usage: $0 ensure|status|drop" >&2; exit 2 ;;
esac
