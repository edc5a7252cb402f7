#!/usr/bin/env bash
# Install (Debian package) and start a PostgreSQL server on loopback for the tests, and print the
# URL of a role that may create the tests' throw-away databases. Sourced by .ci/run; usable alone:
#   export STATION_TEST_POSTGRES_URL=$(bash .ci/postgres.sh)
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [ "$status" != "online" ]; then
    $SUDO pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'station_ci') THEN
    CREATE ROLE station_ci LOGIN CREATEDB PASSWORD 'station_ci';
  END IF;
END $$;
SQL
echo "postgresql+psycopg://station_ci:station_ci@127.0.0.1:${port}/postgres"
