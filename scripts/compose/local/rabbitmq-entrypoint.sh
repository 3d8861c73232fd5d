#!/bin/sh
# RabbitMQ 3.10 imports definitions from one file, not from the folder compose.yaml mounts (3.13
# does): the node reads a copy of the mounted configuration whose one import is the users' file,
# and the topology is imported once it runs (the backend declares it too).
set -eu
mkdir -p "$HOME/conf.d"
sed 's|^definitions.local.path = .*|definitions.local.path = /etc/rabbitmq/definitions/users.json|' \
  /etc/rabbitmq/conf.d/20-agora.conf >"$HOME/conf.d/20-agora.conf"
export RABBITMQ_CONFIG_FILES="$HOME/conf.d"
rabbitmq-server &
server=$!
trap 'kill -TERM "$server"' TERM INT
until rabbitmq-diagnostics -q check_running >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || exit 1
  sleep 1
done
rabbitmqctl -q import_definitions /etc/rabbitmq/definitions/topology.json
wait "$server"
