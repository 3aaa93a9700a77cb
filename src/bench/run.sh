#!/usr/bin/env bash
# Load benchmark of the gateway against the SQL it runs (issue #7). Usage: src/bench/run.sh
#
# 1. Builds the benchmark database with src/bench/catalog-db.sh, or reuses it when it was built from the same
#    migrations and generator (their checksum is kept as the database's comment).
# 2. Packages the service and starts the jar in prod mode against it; measures the time from launch to the first
#    answered GraphQL query and the RSS at idle.
# 3. Per operation: warms up, drives the gateway with wrk (src/bench/wrk/graphql.lua: GraphQL POSTs with varied
#    variables), then the same statements with pgbench (scripts generated below, one per variable value, same
#    concurrency), and counts the SQL statements the gateway sent (its reactive client's statement counter) and the
#    requests it answered from memory (caching/AnswerCache).
# 4. Starts the service again with no answer kept (ANSWER_CACHE_TTL=0) and measures every operation once more (rows
#    "n", against the same pgbench figures), then with no count shared either for operation 2 (row 2u).
# 5. Writes target/bench/results.md and prints it.
#
# Environment: JAVA_OPTS (-Xms64m -Xmx64m -XX:NewRatio=1 -XX:SurvivorRatio=4 -XX:+UseSerialGC
# -XX:TrimNativeHeapInterval=1000), DURATION (20 s per run), WARMUP (10 s per operation), JIT_WARMUP (10 s per
# operation, once for all before measuring), CONNECTIONS (32), THREADS (2), PORT (18080), SKIP_PACKAGE=1 to reuse
# target/quarkus-app, PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), BENCH_DB (catalog_bench).
# BENCH_JVM: aot (the default when AOT_JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, has a JDK) runs what
# src/main/docker/Dockerfile.jvm-aot ships, without the container: packaged with -Daot, its AOT cache trained by the
# integration tests on that JDK, which must then use it (-XX:AOTMode=on); jit runs the fast-jar of Dockerfile.jvm on
# the default java.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-catalog_bench}"
duration="${DURATION:-20}" warmup="${WARMUP:-10}" jit_warmup="${JIT_WARMUP:-10}"
connections="${CONNECTIONS:-32}" threads="${THREADS:-2}"
# Operation 1z's skew: products asked for by Zipf's law, id k with a probability proportional to 1 / k^s (graphql.lua).
export BENCH_ZIPF_S="${BENCH_ZIPF_S:-1.01}"
port="${PORT:-18080}"
# About twice the live set: 26 to 30 MB after a full GC under load (-Xlog:gc). Without a bound the JVM takes up to a
# quarter of the machine's RAM and the RSS says more about the GC than the service. The serial collector and the native
# heap given back each second are what the JVM images run with: on two cores they answered as many requests as the
# parallel collector, in 35 MB less; with the AOT cache (127 MB of classes) a 96 MB heap peaked at 317 to 323 MB, a
# 64 MB one at 287 to 297 (src/bench/README.md, finding 25). Half of it young, a sixth of that per survivor space, all
# of it from the start: a page request allocates about 450 KB, and what 32 of them hold while a young collection runs
# stays in the survivor spaces instead of filling the old generation, which then took a full collection of 70 to 90 ms
# every two or three seconds (finding 28).
# TrimNativeHeapInterval is a product flag of JDK 17.0.11 and later.
java_opts="${JAVA_OPTS:--Xms64m -Xmx64m -XX:NewRatio=1 -XX:SurvivorRatio=4 -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000}"
aot_java_home="${AOT_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
bench_jvm="${BENCH_JVM:-$([ -x "$aot_java_home/bin/java" ] && echo aot || echo jit)}"
case "$bench_jvm" in
  # As Dockerfile.jvm-aot: C2 alone, which the cache's training profiles start early (finding 36).
  aot) java_bin="$aot_java_home/bin/java"
       launch_opts="$java_opts -XX:-TieredCompilation -XX:AOTCache=target/quarkus-app/app.aot -XX:AOTMode=on" ;;
  jit) java_bin=java; launch_opts="$java_opts" ;;
  *) echo "BENCH_JVM is aot or jit"; exit 1 ;;
esac
out=target/bench
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk postgresql-client curl)"; exit 1; }
done
rm -rf "$out" && mkdir -p "$out/pgbench"

jar_pid=""
wrk_pid=""
cleanup() {
  [ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null || true
  if [ -n "$jar_pid" ] && kill -0 "$jar_pid" 2>/dev/null; then
    kill "$jar_pid" && wait "$jar_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------------------- database
checksum=$(cat src/main/resources/db/migration/V*__*.sql src/bench/generate-catalog.sql src/bench/catalog-db.sh \
  | sha256sum | cut -c1-16)
if [ "$(psql -qtAX -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")" \
     != "bench:$checksum" ]; then
  BENCH_DB="$db" src/bench/catalog-db.sh
  psql -qX -d postgres -c "COMMENT ON DATABASE $db IS 'bench:$checksum'"
  psql -qX -d "$db" -c "VACUUM ANALYZE"
else
  echo "database $db: reused ($(psql -qtAX -d "$db" -c 'SELECT count(*) FROM listing') listings)"
fi
listings=$(psql -qtAX -d "$db" -c 'SELECT max(id) FROM listing')

# ------------------------------------------------------------------------------------------- service
if [ "${SKIP_PACKAGE:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  if [ "$bench_jvm" = aot ]; then
    # The integration tests are the training run (pom.xml, profile aot). They use their own database (catalog_test)
    # on the same server.
    echo "packaging the service with its AOT cache (integration tests on $aot_java_home)"
    DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER" JAVA_HOME="$aot_java_home" ./mvnw -q verify -Daot
  else
    echo "packaging the service"
    ./mvnw -q package -DskipTests -Dlocal-postgres.skip
  fi
fi
if [ "$bench_jvm" = aot ] && [ ! -f target/quarkus-app/app.aot ]; then
  echo "target/quarkus-app has no AOT cache: package it with BENCH_JVM=aot, or run with BENCH_JVM=jit"; exit 1
fi
graphql() { curl -sf -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$port/graphql"; }
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$jar_pid/status"; }
# metric <name> [label]: the sum of the series of that name (with that label, e.g. result="hit", when given)
metric() {
  curl -sf "http://127.0.0.1:$port/q/metrics" \
    | awk -v m="$1" -v l="${2:-}" '$1 ~ "^"m"[{ ]" && index($1, l) { s += $2 } END { printf "%d", s }'
}
answer_hits() { metric cache_gets_total 'result="hit"'; }
probe='{"query":"{ listings(first: 1) { edges { node { id } } } }"}'

# The catalog database was built by psql, not Flyway: the service must not migrate it. Reads are anonymous, so the
# issuer is never contacted; it only has to be a URL.
# start_service [VAR=value ...]: launches the jar with these settings on top and waits for its first answer.
start_service() {
  started=$(date +%s%N)
  # The per-client rate limit is off: every wrk connection comes from one address and would be answered 429.
  env DB_NAME="$db" OIDC_ISSUER_URL="http://127.0.0.1:9/realms/none" QUARKUS_FLYWAY_MIGRATE_AT_START=false PORT="$port" \
    OTEL_SDK_DISABLED=true RATE_LIMIT_ENABLED=false "$@" "$java_bin" $launch_opts -jar target/quarkus-app/quarkus-run.jar \
    >"$out/service.log" 2>&1 &
  jar_pid=$!
  until echo "$probe" | graphql 2>/dev/null | grep -q '"edges"'; do
    kill -0 "$jar_pid" 2>/dev/null || { echo "the service stopped; see $out/service.log"; exit 1; }
    [ $(( ($(date +%s%N) - started) / 1000000000 )) -lt 60 ] || { echo "no answer within 60 s"; exit 1; }
    sleep 0.02
  done
}
stop_service() { kill "$jar_pid" && wait "$jar_pid" 2>/dev/null || true; }
start_service
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
reported=$(grep -o 'started in [0-9.]*s' "$out/service.log" | head -1 | grep -o '[0-9.]*s$' || true)
sleep 2
rss_idle=$(rss)
echo "service: first query answered ${startup_ms} ms after launch (Quarkus reports started in ${reported}); RSS idle ${rss_idle} MB"

# ------------------------------------------------------------------------------------------- inputs
regions=(FLANDERS BRUSSELS WALLONIA)
categories=(chocolate beer biscuits waffles dairy skincare food beverages)  # also in graphql.lua
terms=('榛子巧克力' '樱桃啤酒' '啤酒' '焦糖华夫饼' 'framboise gaufres' 'crème rose' 'chocolat noisette' 'bière cerise')
sorts=(NEWEST PRICE_ASC PRICE_DESC)

# Cursors of page 200 (after the 3,980th listing) per sort and region filter, built the way graphql/Cursor.java
# does: base64url("c1|<sort>|<id>|<key>"), key = microseconds since the epoch (NEWEST) or the plain price.
cursor_sql() { # sort, region or -
  local order key where=""
  case "$1" in
    NEWEST) order="created_at DESC, id DESC"; key="(extract(epoch FROM created_at) * 1000000)::bigint::text" ;;
    PRICE_ASC) order="price_eur ASC, id ASC"; key="price_eur::text" ;;
    PRICE_DESC) order="price_eur DESC, id DESC"; key="price_eur::text" ;;
  esac
  [ "$2" != - ] && where=" AND origin_region = '$2'"
  echo "SELECT '$1 $2 ' || translate(rtrim(replace(encode(convert_to('c1|$1|' || id || '|' || $key, 'UTF8'), 'base64'),
        E'\n', ''), '='), '+/', '-_') FROM listing WHERE status = 'PUBLISHED'$where ORDER BY $order OFFSET 3979 LIMIT 1"
}
: >"$out/cursors.txt"
for sort in "${sorts[@]}"; do
  for region in - "${regions[@]}"; do psql -qtAX -d "$db" -c "$(cursor_sql "$sort" "$region")" >>"$out/cursors.txt"; done
done
# Check the construction once against the service: walk 199 pages of the newest listings.
after=null
for _ in $(seq 199); do
  after=$(printf '{"query":"query($a: String) { listings(first: 20, after: $a) { pageInfo { endCursor } } }","variables":{"a":%s}}' \
    "$after" | graphql | grep -o '"endCursor":"[^"]*"' | cut -d'"' -f4 | sed 's/.*/"&"/')
done
grep -q "^NEWEST - ${after//\"/}\$" "$out/cursors.txt" \
  || { echo "constructed cursor differs from the service's: $after"; exit 1; }

# ------------------------------------------------------------------------------------------- pgbench scripts
# The statements of catalog/repository/ListingReadRepository.java and ListingCriteria.java, with the values the
# gateway binds as parameters written as literals (one script per value; pgbench variables are numbers only).
# Agencies and categories are named by code: the gateway keeps both in memory (catalog/repository/ListingReferences).
# The gateway reads descriptions and certifications only when the query asks for them (catalog/ListingDetails): only
# the product page (operation 1d) does, the other statements leave out the six description columns and the
# certifications' sub-select.
certifications=",
       (SELECT coalesce(json_agg(json_build_object('code', ct.code, 'name_en', ct.name_en, 'name_fr', ct.name_fr,
            'name_nl', ct.name_nl, 'name_de', ct.name_de, 'name_zh_cn', ct.name_zh_cn,
            'name_zh_tw', ct.name_zh_tw) ORDER BY ct.position), '[]'::json)
          FROM listing_certification lc JOIN certification ct ON ct.code = lc.certification_code
         WHERE lc.listing_id = l.id) AS certifications"
descriptions="
       l.description_en, l.description_fr, l.description_nl, l.description_de, l.description_zh_cn, l.description_zh_tw,"
select_listing() { # rank expression [all: with descriptions and certifications]
  local with_descriptions="" with_certifications=""
  [ "${2:-}" = all ] && with_descriptions=$descriptions with_certifications=$certifications
  cat <<SQL
SELECT $1 AS rank, l.id, l.external_id, l.hs_code, l.price_eur, l.unit, l.stock_quantity,
       l.net_weight_grams, l.origin_region, l.status, l.created_at, l.updated_at, l.version,
       l.title_en, l.title_fr, l.title_nl, l.title_de, l.title_zh_cn, l.title_zh_tw,$with_descriptions
       l.agency_code, l.category_code,
       s.id AS supplier_id, s.name AS supplier_name, s.enterprise_number AS supplier_enterprise_number,
       s.city AS supplier_city, s.region AS supplier_region, s.website AS supplier_website$with_certifications
  FROM listing l
  JOIN supplier s ON s.id = l.supplier_id
SQL
}
in_category() { # the category with its descendants, as codes: the gateway expands the tree itself (category/CategoryTree)
  local codes
  codes=$(psql -qtAX -d "$db" -c "WITH RECURSIVE tree(code) AS (SELECT code FROM category WHERE code = '$1'
    UNION ALL SELECT child.code FROM category child JOIN tree ON child.parent_code = tree.code)
    SELECT string_agg(quote_literal(code), ',') FROM tree")
  echo "l.category_code = ANY(ARRAY[$codes])"
}
facets_sql() { # region, category
  cat <<SQL
WITH RECURSIVE tree(ancestor, descendant) AS (
    SELECT code, code FROM category
    UNION ALL
    SELECT tree.ancestor, c.code FROM tree JOIN category c ON c.parent_code = tree.descendant),
matching AS (
    SELECT l.id, l.origin_region, l.agency_code, l.category_code,
           width_bucket(l.price_eur, '{5,10,25,50,100}'::numeric[]) AS band,
           l.origin_region = ANY(ARRAY['$1']) AS in_region, TRUE AS in_agency, $(in_category "$2") AS in_category,
           TRUE AS in_price, TRUE AS in_certification
      FROM listing l WHERE l.status = 'PUBLISHED')
SELECT 'REGION' AS facet, origin_region AS value, count(*) AS n FROM matching
 WHERE in_agency AND in_category AND in_price AND in_certification GROUP BY origin_region
UNION ALL
SELECT 'AGENCY', agency_code, count(*) FROM matching
 WHERE in_region AND in_category AND in_price AND in_certification GROUP BY agency_code
UNION ALL
SELECT 'CATEGORY', tree.ancestor, count(*) FROM matching JOIN tree ON tree.descendant = matching.category_code
 WHERE in_region AND in_agency AND in_price AND in_certification GROUP BY tree.ancestor
UNION ALL
SELECT 'PRICE', band::text, count(*) FROM matching
 WHERE in_region AND in_agency AND in_category AND in_certification GROUP BY band
UNION ALL
SELECT 'CERTIFICATION', lc.certification_code, count(*)
  FROM matching JOIN listing_certification lc ON lc.listing_id = matching.id
 WHERE in_region AND in_agency AND in_category AND in_price GROUP BY lc.certification_code
ORDER BY 1, 3 DESC, 2;
SQL
}
scripts=()
{ echo "\\set id random(1, $listings)"; select_listing "NULL::real"
  echo " WHERE l.status = 'PUBLISHED' AND l.id = :id;"; } >"$out/pgbench/listing.sql"
{ echo "\\set id random_zipfian(1, $listings, $BENCH_ZIPF_S)"; select_listing "NULL::real"
  echo " WHERE l.status = 'PUBLISHED' AND l.id = :id;"; } >"$out/pgbench/popular.sql"
{ echo "\\set id random(1, $listings)"; select_listing "NULL::real" all
  echo " WHERE l.status = 'PUBLISHED' AND l.id = :id;"; } >"$out/pgbench/product.sql"
for region in "${regions[@]}"; do
  for category in "${categories[@]}"; do
    where="WHERE l.status = 'PUBLISHED' AND l.origin_region = ANY(ARRAY['$region']) AND $(in_category "$category")"
    { select_listing "NULL::real"; echo " $where ORDER BY l.created_at DESC, l.id DESC LIMIT 21;"
      echo "SELECT count(*) FROM listing l $where;"
      facets_sql "$region" "$category"; } >"$out/pgbench/page-$region-$category.sql"
  done
done
i=0
for term in "${terms[@]}"; do
  i=$((i + 1))
  rank="ts_rank(l.search_vector, (SELECT catalog_rank_query('$term')))"
  { select_listing "$rank"
    echo " WHERE l.status = 'PUBLISHED' AND l.search_vector @@ (SELECT catalog_search_query('$term'))"
    echo " ORDER BY $rank DESC, l.id DESC LIMIT 21;"; } >"$out/pgbench/search-$i.sql"
done
i=0
while read -r sort region cursor; do
  i=$((i + 1))
  raw=$(echo "$cursor" | tr -- '-_' '+/' | awk '{ n = length($0) % 4; printf "%s%s", $0, (n ? substr("==", 1, 4 - n) : "") }' \
    | base64 -d)
  id=$(echo "$raw" | cut -d'|' -f3) key=$(echo "$raw" | cut -d'|' -f4)
  where="WHERE l.status = 'PUBLISHED'"
  [ "$region" != - ] && where="$where AND l.origin_region = ANY(ARRAY['$region'])"
  case "$sort" in
    NEWEST) order="l.created_at DESC, l.id DESC"
            keyset="(l.created_at, l.id) < (timestamptz 'epoch' + $key * interval '1 microsecond', $id)" ;;
    PRICE_ASC) order="l.price_eur ASC, l.id ASC"; keyset="(l.price_eur, l.id) > ($key, $id)" ;;
    PRICE_DESC) order="l.price_eur DESC, l.id DESC"; keyset="(l.price_eur, l.id) < ($key, $id)" ;;
  esac
  { select_listing "NULL::real"; echo " $where AND $keyset ORDER BY $order LIMIT 21;"; } >"$out/pgbench/deep-$i.sql"
  { select_listing "NULL::real"; echo " $where ORDER BY $order LIMIT 21;"; } >"$out/pgbench/first-$i.sql"
done <"$out/cursors.txt"

# ------------------------------------------------------------------------------------------- load
rss_peak=0
sample_rss() { while sleep 1; do r=$(rss 2>/dev/null || echo 0); [ "$r" -gt "$rss_peak" ] && rss_peak=$r; echo "$rss_peak" >"$out/rss-peak"; done; }

# percentile of the per-transaction latencies (µs, third field) of pgbench logs, in ms
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.5); if (i < 1) i = 1; printf "%.2f", v[i] / 1000 }'; }

declare -A label=(
  [listing]="1. listing(id): zh-CN title, price in CNY, supplier, agency"
  [popular]="1z. listing(id) as products are asked for: the same, ids by Zipf's law (s = $BENCH_ZIPF_S)"
  [product]="1d. listing(id) as a product page: the same with its description and certifications"
  [page]="2. first page of 20 by region + category, totalCount, facets"
  [search]="3. text search, Chinese and French terms, page of 20"
  [deep]="4. page 200 by cursor (3 sorts x 4 region filters)"
  [first]="4b. page 1 of the same sorts and filters, for comparison"
  [page_unshared]="2u. operation 2 with totalCount and facets read at every request (COUNTS_CACHE_TTL=0; the gateway reads the counts the database keeps), answers not kept"
)
# The same operations with no answer kept in memory (ANSWER_CACHE_TTL=0): every request runs its GraphQL and SQL.
for op in listing popular product page search deep first; do
  label[${op}_executed]="${label[$op]%%.*}n.${label[$op]#*.}, answers not kept (ANSWER_CACHE_TTL=0)"
done
declare -A sql_row=()
results=()
# The JIT compiles the request path for a minute or so (C2 took a third of the CPU in the first 45 s of a profile):
# every operation runs once before any is measured, so that the first one measured does not pay for all of them.
export BENCH_CURSORS="$out/cursors.txt" BENCH_LISTINGS="$listings"
# jit_warmup_all <op>...: each operation once before any is measured after a start.
jit_warmup_all() {
  for op in "$@"; do
    BENCH_OP="$op" wrk -t"$threads" -c"$connections" -d"${jit_warmup}s" -s src/bench/wrk/graphql.lua \
      "http://127.0.0.1:$port" >/dev/null
  done
}
jit_warmup_all listing product page search deep
# Waits (at most 30 s) until the gateway's statement count has not moved for a second.
settle_statements() {
  local before after waited=0
  before=$(metric postgresql_processing_seconds_count)
  while sleep 1; do
    after=$(metric postgresql_processing_seconds_count)
    waited=$((waited + 1))
    if [ "$after" = "$before" ] || [ "$waited" -ge 30 ]; then break; fi
    before=$after
  done
}

# measure <op> [row]: the gateway under wrk, its statements per request and the share of its requests answered from
# memory (caching/AnswerCache), then the same SQL under pgbench, or the figures pgbench gave for <op> before when <row>
# is not <op>'s first; adds a row.
measure() {
  local op=$1 row=${2:-$1}
  echo "== $op: warm-up ${warmup} s, gateway ${duration} s, pgbench ${duration} s, $connections connections"
  export BENCH_OP="$op" BENCH_CURSORS="$out/cursors.txt" BENCH_LISTINGS="$listings"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" -s src/bench/wrk/graphql.lua "http://127.0.0.1:$port" >/dev/null
  echo 0 >"$out/rss-peak"; sample_rss & sampler=$!
  hits_before=$(answer_hits)
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s src/bench/wrk/graphql.lua \
    "http://127.0.0.1:$port" | tee "$out/wrk-$op.txt" | grep -v '^RESULT'
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  peak=$(cat "$out/rss-peak"); [ "$peak" -gt "$rss_peak" ] && rss_peak=$peak
  read -r _ g_rps g_p50 g_p99 g_requests g_non200 g_errors < <(grep '^RESULT' "$out/wrk-$op.txt")
  from_memory=$(awk -v h="$(( $(answer_hits) - hits_before ))" -v r="$g_requests" \
    'BEGIN { if (r > 0) printf "%.0f%%", 100 * h / r; else printf "n/a" }')
  # Statements per request: one connection for 5 s, so that at most one request is cut off by the end of the run.
  # The requests wrk cut off at the end of the load still run (row 2u's take seconds): first wait until the count
  # stands still, so that their statements are not counted as this window's.
  settle_statements
  statements_before=$(metric postgresql_processing_seconds_count)
  wrk -t1 -c1 -d5s --timeout 10s -s src/bench/wrk/graphql.lua "http://127.0.0.1:$port" >"$out/wrk-$op-count.txt"
  sleep 0.5
  statements=$(( $(metric postgresql_processing_seconds_count) - statements_before ))
  counted=$(awk '/^RESULT/ { print $5 }' "$out/wrk-$op-count.txt")

  if [ -z "${sql_row[$op]:-}" ]; then
    files=("$out"/pgbench/"$op"*.sql)
    args=(); for f in "${files[@]}"; do args+=(-f "$(basename "$f")"); done
    (cd "$out/pgbench" && pgbench -n -M prepared -c "$connections" -j "$threads" -T "$warmup" "${args[@]}" "$db" \
      >/dev/null 2>&1)
    rm -f "$out/pgbench/log-$op".*
    (cd "$out/pgbench" && pgbench -n -M prepared -c "$connections" -j "$threads" -T "$duration" \
      --log --log-prefix="log-$op" "${args[@]}" "$db") >"$out/pgbench-$op.txt" 2>&1 \
      || { cat "$out/pgbench-$op.txt"; exit 1; }
    sql_row[$op]="$(awk '/^tps/ { printf "%.1f", $3; exit }' "$out/pgbench-$op.txt")"
    sql_row[$op]+=" $(cat "$out/pgbench/log-$op".* | awk '{ print $3 }' | percentile 50)"
    sql_row[$op]+=" $(cat "$out/pgbench/log-$op".* | awk '{ print $3 }' | percentile 99)"
  fi
  read -r s_tps s_p50 s_p99 <<<"${sql_row[$op]}"
  ratio=$(awk -v g="$g_rps" -v s="$s_tps" 'BEGIN { if (s > 0) printf "%.2f", g / s; else printf "n/a" }')
  per_request=$(awk -v n="$statements" -v r="$counted" 'BEGIN { if (r > 0) printf "%.2f", n / r; else printf "n/a" }')
  echo "gateway $g_rps req/s p50 $g_p50 ms p99 $g_p99 ms ($g_requests requests, $g_non200 not 200, $g_errors with errors," \
    "$from_memory answered from memory)"
  echo "SQL     $s_tps tx/s  p50 $s_p50 ms p99 $s_p99 ms; gateway/SQL $ratio; $per_request statements per request"
  results+=("| ${label[$row]} | $g_rps | $g_p50 | $g_p99 | $s_tps | $s_p50 | $s_p99 | **$ratio** | $per_request | $from_memory | $g_non200 / $g_errors |")
}
for op in listing popular product page search deep first; do measure "$op"; done
rss_kept=$rss_peak; rss_peak=0
# The same operations with no answer kept in memory: what the gateway costs when every request executes, next to the
# same pgbench figures. The statements per request of these rows are the ones that show an N+1.
stop_service
start_service ANSWER_CACHE_TTL=0S
jit_warmup_all listing product page search deep
for op in listing popular product page search deep first; do measure "$op" "${op}_executed"; done
rss_executed=$rss_peak; rss_peak=0
# Operation 2 again with every count read at every request, as pgbench does: the shared counts (COUNTS_CACHE_TTL) are
# what makes row 2n faster than its SQL.
stop_service
start_service COUNTS_CACHE_TTL=0S ANSWER_CACHE_TTL=0S
jit_warmup_all listing page
measure page page_unshared
rss_unshared=$rss_peak
rss_load=$(printf '%s\n' "$rss_kept" "$rss_executed" "$rss_unshared" | sort -n | tail -1)

# ------------------------------------------------------------------------------------------- report
{
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "$("$java_bin" -version 2>&1 | head -1 | sed 's/"//g')$([ "$bench_jvm" = aot ] && echo ' with the AOT cache of the integration tests'), $(psql -qtAX -d "$db" -c 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /'):" \
    "JVM options \`$java_opts\`, $connections connections, $threads wrk/pgbench threads, ${duration} s per run after ${warmup} s of warm-up, all on one" \
    "machine (load average before the run: $load_before)."
  echo
  echo "| Operation | gateway req/s | p50 ms | p99 ms | SQL tx/s | p50 ms | p99 ms | gateway/SQL | SQL statements per request | answered from memory | not 200 / GraphQL errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${results[@]}"
  echo
  echo "Startup to first answered query: **${startup_ms} ms** (Quarkus: started in ${reported}). RSS: **${rss_idle} MB** idle," \
    "**${rss_load} MB** peak under load (${rss_kept} MB in the first 6 rows, ${rss_executed} MB in the rows n, ${rss_unshared} MB in" \
    "row 2u, each a JVM of its own)."
} >"$out/results.md"
echo
cat "$out/results.md"
