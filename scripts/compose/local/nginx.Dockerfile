# Stands in for nginxinc/nginx-unprivileged where no registry is reachable: Debian's nginx with what
# nginx/Dockerfile's runtime stage expects of its base (envsubst, wget, uid 101, the html folder).
FROM agora-local/bookworm:base
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light gettext-base wget >/dev/null \
  && rm -rf /var/lib/apt/lists/* \
  && groupadd --system --gid 101 nginx-unprivileged && useradd --system --uid 101 --gid 101 --no-create-home nginx-unprivileged \
  && mkdir -p /usr/share/nginx/html /etc/nginx/agora && chown 101:101 /usr/share/nginx/html
USER 101
