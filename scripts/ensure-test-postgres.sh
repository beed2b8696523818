#!/usr/bin/env bash
# For tests and CI only (fsync is off): installs Debian's PostgreSQL if needed, starts it on 127.0.0.1:${PGPORT:-5432} and creates
# the `nlv` role and database. Prints the DATABASE_URL to use. Idempotent.
set -euo pipefail
PGPORT="${PGPORT:-5432}"
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "[ensure-postgres] installing Debian's postgresql (apt-get)…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=/var/lib/nlv-postgres
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data" && chown postgres:postgres "$data"
  su postgres -c "$bin/initdb -D $data -A trust -U postgres" >/dev/null
fi
if ! su postgres -c "$bin/pg_ctl -D $data status" >/dev/null 2>&1; then
  mkdir -p /var/run/postgresql && chown postgres:postgres /var/run/postgresql
  su postgres -c "$bin/pg_ctl -D $data -l $data/server.log -w -o '-p $PGPORT -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
fi
psql() { su postgres -c "$bin/psql -h 127.0.0.1 -p $PGPORT -U postgres -tAc \"$1\""; }
[ "$(psql "select 1 from pg_roles where rolname='nlv'")" = 1 ] || psql "create role nlv login password 'nlv' createdb" >/dev/null
[ "$(psql "select 1 from pg_database where datname='nlv'")" = 1 ] || psql "create database nlv owner nlv" >/dev/null
# Databases left by an earlier test run (one per test file) are dropped before a new run.
for db in $(psql "select datname from pg_database where datname like 'nlv\\_test\\_%'"); do
  psql "drop database if exists $db with (force)" >/dev/null
done
echo "postgres://nlv:nlv@127.0.0.1:$PGPORT/nlv"
