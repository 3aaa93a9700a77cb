#!/usr/bin/env bash
# Import benchmark (issue #5): generates a CSV feed of N listings (default 100,000), starts the packaged service with
# a capped heap (-Xmx256m), imports the file through POST /agencies/FIT/imports and prints rows/s once the job ends,
# with the job's counters so that every row is accounted for.
#
#   ./mvnw -B package -DskipTests && src/bench/import-bench.sh [rows]
#
# Needs: java, curl, the jar in target/quarkus-app, a PostgreSQL at DB_HOST:DB_PORT (database DB_NAME, default
# catalog_bench_import, created by the caller or by `createdb`). The token is signed with the dev key (src/dev).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS=${1:-100000}
PORT=${PORT:-18080}
export DB_NAME=${DB_NAME:-catalog_bench_import}
FILE=$(mktemp --suffix=.csv)
LOG=$(mktemp --suffix=.log)

echo "generating $ROWS rows into $FILE"
{
  echo "externalId;supplierEnterpriseNumber;supplierName;supplierCity;supplierRegion;titleEn;titleZhCn;category;hsCode;priceEur;unit;stockQuantity;netWeightGrams;certifications"
  awk -v n="$ROWS" 'BEGIN { for (i = 1; i <= n; i++)
    printf "BENCH-%07d;0403170701;Chocolaterie Bench;Gent;FLANDERS;Bench pralines %d;样品夹心巧克力 %d;pralines;180690;%d.%02d;BOX;%d;250;organic\n",
      i, i, i, 5 + i % 50, i % 100, i % 1000 }'
} > "$FILE"
ls -lh "$FILE"

# The jar runs with the dev profile, which trusts the development key of src/dev/DevToken.java (never a real issuer).
TOKEN=$(java src/dev/DevToken.java FIT)
if command -v psql > /dev/null; then
  psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -c "CREATE DATABASE $DB_NAME" 2>/dev/null || true
fi

java -Xmx256m -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dquarkus.http.limits.max-body-size=1G \
     -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$FILE"' EXIT
until curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null; do
  kill -0 $PID 2>/dev/null || { echo "service did not start, see $LOG"; exit 1; }
  sleep 1
done

START=$(date +%s.%N)
JOB=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$FILE" \
      "http://localhost:$PORT/agencies/FIT/imports" | sed 's/.*"jobId":"\([^"]*\)".*/\1/')
ANSWERED=$(date +%s.%N)
awk -v s="$START" -v a="$ANSWERED" -v j="$JOB" 'BEGIN { printf "job %s: answered 202 after %.1f s (the upload)\n", j, a - s }' 
QUERY='{"query":"query($id: ID!) { importJob(id: $id) { state rowsRead created updated unchanged rejected failureCode } }","variables":{"id":"'"$JOB"'"}}'
while :; do
  ANSWER=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$QUERY" \
           "http://localhost:$PORT/graphql")
  case "$ANSWER" in *RUNNING*) sleep 1 ;; *) break ;; esac
done
END=$(date +%s.%N)
echo "$ANSWER"
awk -v rows="$ROWS" -v s="$START" -v e="$END" 'BEGIN { printf "%d rows in %.1f s: %.0f rows/s (heap -Xmx256m)\n", rows, e - s, rows / (e - s) }'
