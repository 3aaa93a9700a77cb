#!/usr/bin/env bash
# Storefront reads while an agency imports (findings 33 and 34 of src/bench/README.md): the first page of 20 by region
# + category with totalCount and facets (operation 2 of run.sh) under wrk for 20 s, then again for 20 s while a CSV feed
# of ROWS new listings (default 6,000) is imported through POST /agencies/FIT/imports; prints requests/s, p50 and p99 of
# both, the statements the gateway ran, and the rows imported during the second run. Every imported record is a write
# that drops the shared counts and the kept answers. The imported rows are deleted at the end.
#
#   ./mvnw -B package -DskipTests && src/bench/catalog-db.sh && src/bench/browse-during-import.sh [rows]
#
# Environment: ANSWER_CACHE_TTL (0S measures the shared counts alone), PORT (18080), BENCH_DB (catalog_bench), PGHOST,
# PGPORT, PGUSER. The jar runs with the dev profile, which trusts the development key of src/dev/DevToken.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-6000}
port=${PORT:-18080}
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-catalog_bench}"
prefix="IMPORT-UNDER-LOAD-$(date +%s)-"
feed=$(mktemp --suffix=.csv)
log=$(mktemp --suffix=.log)
{
  echo "externalId;supplierEnterpriseNumber;supplierName;supplierCity;supplierRegion;titleEn;titleZhCn;category;hsCode;priceEur;unit;stockQuantity;netWeightGrams;certifications"
  awk -v n="$rows" -v p="$prefix" 'BEGIN { for (i = 1; i <= n; i++)
    printf "%s%07d;0403170701;Chocolaterie Bench;Gent;FLANDERS;Imported pralines %d;样品夹心巧克力 %d;pralines;180690;%d.%02d;BOX;%d;250;organic\n",
      p, i, i, i, 5 + i % 50, i % 100, i % 1000 }'
} >"$feed"
token=$(java src/dev/DevToken.java FIT)
DB_NAME="$db" DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
  RATE_LIMIT_ENABLED=false java -Dquarkus.profile=dev -Dquarkus.http.port="$port" -Xms64m -Xmx64m -XX:NewRatio=1 \
  -XX:SurvivorRatio=4 -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -qtAX -d "$db" -c "DELETE FROM audit_entry WHERE listing_id IN (SELECT id FROM listing WHERE external_id LIKE '$prefix%');
    DELETE FROM listing_certification WHERE listing_id IN (SELECT id FROM listing WHERE external_id LIKE '$prefix%');
    DELETE FROM listing WHERE external_id LIKE '$prefix%'" >/dev/null || true
  rm -f "$feed"
}
trap cleanup EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' \
    "http://127.0.0.1:$port/graphql"; do
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $log"; exit 1; }
  sleep 0.3
done
statements() {
  curl -sf "http://127.0.0.1:$port/q/metrics" \
    | awk '$1 ~ "^postgresql_processing_seconds_count" { s += $2 } END { printf "%d", s }'
}
imported() { psql -qtAX -d "$db" -c "SELECT count(*) FROM listing WHERE external_id LIKE '$prefix%'"; }
load() { BENCH_OP=page wrk -t2 -c32 -d20s --timeout 10s -s src/bench/wrk/graphql.lua "http://127.0.0.1:$port" | grep '^RESULT'; }
BENCH_OP=page wrk -t2 -c32 -d20s -s src/bench/wrk/graphql.lua "http://127.0.0.1:$port" >/dev/null
before=$(statements)
read -r _ rps p50 p99 _ <<<"$(load)"
echo "quiet:          $rps requests/s, p50 $p50 ms, p99 $p99 ms, $(( $(statements) - before )) statements"
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$feed" \
  "http://127.0.0.1:$port/agencies/FIT/imports" >/dev/null
sleep 1
before=$(statements); rows_before=$(imported)
read -r _ rps p50 p99 _ <<<"$(load)"
echo "during import:  $rps requests/s, p50 $p50 ms, p99 $p99 ms, $(( $(statements) - before )) statements," \
  "$(( $(imported) - rows_before )) rows imported meanwhile"
