#!/bin/sh
# Grafana's entrypoint in compose.yaml: refuses the admin password that .env.example ships, as the
# backend refuses its example JWT_SECRET in production, then starts Grafana (the arguments).
set -eu

# The value of GRAFANA_ADMIN_PASSWORD in .env.example: public, so never a password.
EXAMPLE_PASSWORD='change-me-grafana-password'

if [ -z "${GF_SECURITY_ADMIN_PASSWORD:-}" ]; then
  echo "grafana: set GRAFANA_ADMIN_PASSWORD in .env" >&2
  exit 1
fi
if [ "$GF_SECURITY_ADMIN_PASSWORD" = "$EXAMPLE_PASSWORD" ]; then
  echo "grafana: GRAFANA_ADMIN_PASSWORD is the example value from .env.example; set a password of your own" >&2
  exit 1
fi
exec "$@"
