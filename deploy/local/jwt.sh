#!/usr/bin/env bash
# Local bearer tokens. "keys" makes an RSA key pair under the data directory (never committed); "token" mints an
# RS256 JWT the local services accept.
# Usage: jwt.sh keys
#        jwt.sh token USER ROLE [ROLE...]   roles: viewer approver risk-officer admin service
set -euo pipefail
# shellcheck source=deploy/local/common.sh
. "$(dirname "$0")/common.sh"

JWT_DIR=$TG_DATA_DIR/jwt

keys() {
  if [ -f "$JWT_DIR/private.pem" ] && [ -f "$JWT_DIR/public.pem" ]; then return 0; fi
  mkdir -p "$JWT_DIR"
  chmod 700 "$JWT_DIR"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$JWT_DIR/private.pem" 2>/dev/null
  chmod 600 "$JWT_DIR/private.pem"
  openssl pkey -in "$JWT_DIR/private.pem" -pubout -out "$JWT_DIR/public.pem"
  say "made a local JWT key pair in $JWT_DIR" >&2
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

token() {
  [ $# -ge 2 ] || { echo "usage: $0 token USER ROLE [ROLE...]" >&2; exit 2; }
  keys
  local user=$1; shift
  local now groups header payload signature
  now=$(date +%s)
  groups=$(printf '"%s",' "$@"); groups=${groups%,}
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
    "$TG_JWT_ISSUER" "$user" "$user" "$groups" "$now" $((now + 12 * 3600)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$JWT_DIR/private.pem" -binary | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

case "${1:-}" in
  keys) keys; echo "$JWT_DIR/public.pem" ;;
  token) shift; token "$@" ;;
  *) echo "usage: $0 keys | token USER ROLE [ROLE...]" >&2; exit 2 ;;
esac
