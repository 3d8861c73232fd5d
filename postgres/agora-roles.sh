#!/bin/sh
# Creates the roles Agora connects as, so that no service uses the superuser:
#   agora_migrate  owns the database and the tables the backend's migrations create;
#   agora_backend  reads and writes those rows and nothing else (no DDL, no other schema);
#   agora_mailer   owns the schema `mailer` (it migrates it itself) and cannot see the backend's tables.
# The PostgreSQL image runs it once, on an empty data directory. It is idempotent: on an existing
# volume, run it again to create the roles, hand the objects over and apply changed passwords:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/agora-roles.sh
set -eu

for name in POSTGRES_MIGRATE_PASSWORD POSTGRES_BACKEND_PASSWORD POSTGRES_MAILER_PASSWORD; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "agora-roles: $name is not set" >&2
    exit 1
  fi
done

# psql's :'name' quoting keeps any character of a password a literal.
psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet \
  --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-agora}" \
  -v db="${POSTGRES_DB:-agora}" \
  -v migrate_password="$POSTGRES_MIGRATE_PASSWORD" \
  -v backend_password="$POSTGRES_BACKEND_PASSWORD" \
  -v mailer_password="$POSTGRES_MAILER_PASSWORD" <<'SQL'
DO $$
DECLARE
  role text;
BEGIN
  FOREACH role IN ARRAY ARRAY['agora_migrate', 'agora_backend', 'agora_mailer'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
      EXECUTE format('CREATE ROLE %I LOGIN', role);
    END IF;
  END LOOP;
END
$$;
ALTER ROLE agora_migrate WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'migrate_password';
ALTER ROLE agora_backend WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'backend_password';
ALTER ROLE agora_mailer WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'mailer_password';

-- The database owner owns `public` (pg_database_owner) and may create the trusted pg_trgm extension.
ALTER DATABASE :"db" OWNER TO agora_migrate;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO agora_backend, agora_mailer;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO agora_backend;

CREATE SCHEMA IF NOT EXISTS mailer AUTHORIZATION agora_mailer;
ALTER SCHEMA mailer OWNER TO agora_mailer;

-- A volume from before these roles: its objects belong to the superuser that created them.
DO $$
DECLARE
  object record;
BEGIN
  FOR object IN
    SELECT n.nspname AS schema, c.relname AS name,
           CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'mailer') AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
      AND pg_get_userbyid(c.relowner) <> CASE n.nspname WHEN 'public' THEN 'agora_migrate' ELSE 'agora_mailer' END
      -- Sequences owned by a column follow their table.
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO %I', object.kind, object.schema, object.name,
                   CASE object.schema WHEN 'public' THEN 'agora_migrate' ELSE 'agora_mailer' END);
  END LOOP;
  FOR object IN
    SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'agora_migrate'
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO agora_migrate', object.signature);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO agora_backend;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO agora_backend;
ALTER DEFAULT PRIVILEGES FOR ROLE agora_migrate IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO agora_backend;
ALTER DEFAULT PRIVILEGES FOR ROLE agora_migrate IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO agora_backend;
SQL
