#!/usr/bin/env bash
# Database fault drill (issue 6), not a unit test: the packaged gateway serves a bounded load loop while its
# PostgreSQL is stopped and started again. Prints how requests failed during the outage (every failure must carry a
# code: target 0 without one), how long they took to fail, and the seconds from the database's return to the first
# answered request. It uses its own PostgreSQL (Maven Central binaries, src/dev/LocalPostgres.java) on a spare port,
# so the machine's server is never touched. Usage: src/bench/db-fault.sh [outage-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
outage="${1:-10}"
pg_port="${FAULT_PG_PORT:-55433}"
http_port="${FAULT_HTTP_PORT:-18090}"
work="$(mktemp -d)"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  pg_ctl_cmd stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] && [ -f target/local-postgres/postgres-binaries.jar ] \
  || ./mvnw -q -B package -DskipTests -Dlocal-postgres.skip=false

lp=target/local-postgres
DB_PORT="$pg_port" java -Dlocal-postgres.keep=true \
  --class-path "$lp/commons-compress.jar:$lp/commons-io.jar:$lp/commons-lang3.jar:$lp/xz.jar:$lp/postgresql-jdbc.jar" \
  src/dev/LocalPostgres.java "$lp/postgres-binaries.jar" catalog_fault
base="${TMPDIR:-/tmp}/belgian-catalog-postgres-$pg_port"
pg_ctl_cmd() {
  local cmd=("$(ls -d "$base"/pgsql-*/bin | head -1)/pg_ctl" -D "$base/data" -w "$@")
  [ "$1" = start ] && cmd+=(-l "$base/postgres.log" -o "-p $pg_port -k $base -c listen_addresses=127.0.0.1")
  [ "$1" = stop ] && cmd+=(-m fast)
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "${cmd[@]}"; else "${cmd[@]}"; fi
}

DB_PORT="$pg_port" DB_NAME=catalog_fault PORT="$http_port" OIDC_ISSUER_URL="http://127.0.0.1:9/none" \
  RATE_LIMIT_ENABLED=false java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$http_port/q/health/ready" >/dev/null && break; sleep 0.5; done

# One request every 50 ms; each line: epoch seconds, HTTP status, seconds taken, code of the first error (or "ok").
load() {
  local end=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$end" ]; do
    local out
    out=$(curl -s -m 10 -o "$work/body" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      -d '{"query":"{ listings(first: 5) { totalCount edges { node { id } } } }"}' \
      "http://127.0.0.1:$http_port/graphql" || echo "000 10")
    local code
    code=$(grep -o '"code":"[A-Z_]*"' "$work/body" 2>/dev/null | head -1 | cut -d'"' -f4 || true)
    if [ -z "$code" ]; then grep -q '"data"' "$work/body" 2>/dev/null && ! grep -q '"errors"' "$work/body" && code=ok || code=NONE; fi
    echo "$(date +%s.%N) $out $code" >> "$work/requests"
    sleep 0.05
  done
}

load $(( outage + 25 )) &
loader=$!
sleep 5
echo "stopping PostgreSQL for ${outage} s"
pg_ctl_cmd stop >/dev/null
sleep 2
ready_during=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/q/health/ready")
sleep $(( outage - 2 ))
pg_ctl_cmd start >/dev/null
back=$(date +%s.%N)
echo "PostgreSQL started again"
wait "$loader"

awk -v back="$back" -v ready="$ready_during" '
  { total++; codes[$4]++; if ($4 != "ok") { failed++; if ($3 > slowest) slowest = $3 }
    if ($4 == "ok" && $1 > back && !recovered) { recovered = $1 - back } }
  END {
    printf "requests: %d, failed: %d, slowest failure: %.2f s, readiness during the outage: HTTP %s\n", total, failed, slowest, ready
    for (c in codes) printf "  %-22s %d\n", c, codes[c]
    printf "failed without a code: %d (target 0)\n", codes["NONE"] + 0
    printf "seconds from the database'"'"'s return to the first answered request: %.2f\n", recovered
  }' "$work/requests"
