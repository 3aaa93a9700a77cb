#!/usr/bin/env bash
# Creates (or re-creates) the benchmark database and fills it: migrations from src/main/resources/db/migration, then
# src/bench/generate-catalog.sql. Usage: src/bench/catalog-db.sh [listings] [suppliers]
# Connection: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (catalog_bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-catalog_bench}"
listings="${1:-100000}"
suppliers="${2:-5000}"

psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
for migration in $(ls src/main/resources/db/migration/V*__*.sql | sort -V); do
  psql -qX -v ON_ERROR_STOP=1 -d "$db" -f "$migration" >/dev/null
done
start=$(date +%s.%N)
psql -qX -d "$db" -v listings="$listings" -v suppliers="$suppliers" -f src/bench/generate-catalog.sql >/dev/null
end=$(date +%s.%N)
printf 'database %s: %s listings, %s suppliers generated in %.1f s\n' "$db" \
  "$(psql -qtAX -d "$db" -c 'SELECT count(*) FROM listing')" "$(psql -qtAX -d "$db" -c 'SELECT count(*) FROM supplier')" \
  "$(echo "$end - $start" | bc)"
