# Stands in for postgres:16-alpine where no registry is reachable: Debian's PostgreSQL 15 with an
# entrypoint that honours what compose.yaml uses of the official image (POSTGRES_USER, _PASSWORD,
# _DB, the scripts in /docker-entrypoint-initdb.d on an empty data directory).
FROM agora-local/bookworm:base
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null \
  && rm -rf /var/lib/apt/lists/* /var/lib/postgresql/15 /etc/postgresql/15/main
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint
EXPOSE 5432
ENTRYPOINT ["sh", "/usr/local/bin/postgres-entrypoint"]
