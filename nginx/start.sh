#!/bin/sh
# Picks the configuration (TLS when certificates are mounted in /etc/nginx/certs), fills in the
# tunable limits from the environment, and runs nginx in the foreground.
set -eu

config="${AGORA_NGINX_CONFIG:-/etc/nginx/agora/container.conf}"
if [ -z "${AGORA_NGINX_CONFIG:-}" ] && [ -f /etc/nginx/certs/fullchain.pem ] && [ -f /etc/nginx/certs/privkey.pem ]; then
  config=/etc/nginx/agora/container-tls.conf
  echo "agora-nginx: certificates found in /etc/nginx/certs, serving HTTPS on 8443"
fi

mkdir -p /tmp/nginx
# Only these two names are substituted: nginx's own $variables stay as they are.
envsubst '${NGINX_AUTH_RATE_PER_MINUTE} ${NGINX_AUTH_BURST}' <"$config" >/tmp/nginx/nginx.conf
exec nginx -c /tmp/nginx/nginx.conf -g 'daemon off;'
