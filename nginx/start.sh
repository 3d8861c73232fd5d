#!/bin/sh
# Picks the configuration (TLS when certificates are mounted in /etc/nginx/certs), fills in the
# tunable limits from the environment, writes the mail catcher's login, and runs nginx in the
# foreground.
set -eu

config="${AGORA_NGINX_CONFIG:-/etc/nginx/agora/container.conf}"
if [ -z "${AGORA_NGINX_CONFIG:-}" ] && [ -f /etc/nginx/certs/fullchain.pem ] && [ -f /etc/nginx/certs/privkey.pem ]; then
  config=/etc/nginx/agora/container-tls.conf
  echo "agora-nginx: certificates found in /etc/nginx/certs, serving HTTPS on 8443"
fi

runtime="${AGORA_NGINX_RUNTIME_DIR:-/tmp/nginx}"
mkdir -p "$runtime"

# The configuration names the file when /mail/ needs a login (compose.yaml; not the dev setup).
user_file="$(sed -n 's/^[[:space:]]*auth_basic_user_file[[:space:]]*\([^;]*\);.*/\1/p' "$config" | head -n 1)"
if [ -n "$user_file" ]; then
  if [ -z "${MAIL_UI_USER:-}" ] || [ -z "${MAIL_UI_PASSWORD:-}" ]; then
    echo "agora-nginx: set MAIL_UI_USER and MAIL_UI_PASSWORD: they protect the mail catcher at /mail/" >&2
    exit 1
  fi
  case "$MAIL_UI_USER" in
    *:*) echo "agora-nginx: MAIL_UI_USER must not contain ':'" >&2; exit 1 ;;
  esac
  # {PLAIN}: nginx compares as is. A hash would hide nothing: the password is in this container's
  # environment already, and the image has no tool to compute one nginx reads.
  (umask 077 && printf '%s:{PLAIN}%s\n' "$MAIL_UI_USER" "$MAIL_UI_PASSWORD" >"$user_file")
fi
unset MAIL_UI_USER MAIL_UI_PASSWORD

# nginx reads no /etc/resolv.conf: it is told the DNS server (Docker's 127.0.0.11 under compose, the
# cluster's under Kubernetes) and, as its resolver has no search list, the suffix that makes
# `backend` a full name there (empty under compose).
if [ -z "${NGINX_RESOLVER:-}" ]; then
  NGINX_RESOLVER="$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf 2>/dev/null || true)"
  case "$NGINX_RESOLVER" in
    *:*) NGINX_RESOLVER="[$NGINX_RESOLVER]" ;;
  esac
fi
export NGINX_RESOLVER="${NGINX_RESOLVER:-127.0.0.11}" NGINX_DNS_SUFFIX="${NGINX_DNS_SUFFIX:-}"

# Only these names are substituted: nginx's own $variables stay as they are.
envsubst '${NGINX_AUTH_RATE_PER_MINUTE} ${NGINX_AUTH_BURST} ${NGINX_RESOLVER} ${NGINX_DNS_SUFFIX}' <"$config" >"$runtime/nginx.conf"

# `resolve` on an upstream server needs nginx >= 1.27.3 (Debian 12 ships 1.22): an older nginx looks
# the backend's replicas up once, when it starts, and keeps those addresses.
older_than_1_27_3() {
  nginx -v 2>&1 | awk -F'[/.]' '/nginx\// { old = $2 < 1 || ($2 == 1 && ($3 < 27 || ($3 == 27 && $4 < 3))) } END { exit !old }'
}
if grep -q ' resolve ' "$runtime/nginx.conf" && older_than_1_27_3; then
  echo "agora-nginx: $(nginx -v 2>&1 | sed 's/.*nginx\///') resolves the backend's addresses at start only"
  sed -i 's/ resolve max_fails=/ max_fails=/' "$runtime/nginx.conf"
fi
exec nginx -c "$runtime/nginx.conf" -g 'daemon off;'
