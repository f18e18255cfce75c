#!/bin/sh
# First start: a cluster with the user, password and database asked for; then the server in the foreground.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  password=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}" > "$password"
  initdb -D "$PGDATA" -U "${POSTGRES_USER:-postgres}" --pwfile="$password" -A scram-sha-256 -E UTF8 >/dev/null
  rm -f "$password"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ -n "${POSTGRES_DB:-}" ] && [ "${POSTGRES_DB}" != postgres ]; then
    echo "CREATE DATABASE \"${POSTGRES_DB}\";" | postgres --single -D "$PGDATA" -c listen_addresses='' postgres >/dev/null
  fi
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c max_connections=300
