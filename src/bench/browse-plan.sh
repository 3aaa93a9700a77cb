#!/usr/bin/env bash
# Shows how PostgreSQL reads the first page of every region + category combination of the benchmark (issue #7): the
# filter and order of the gateway's page statement (catalog/repository/ListingReadRepository.java), with the filter's
# values written into it as the gateway writes them (database/SqlParameters.java), prepared and run ten times as the
# read pool does (plan_cache_mode force_generic_plan), then EXPLAIN ANALYZE. Rare and empty combinations must not walk
# the newest-first index through the whole catalog (src/bench/README.md, findings 3 and 24).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-catalog_bench}"
[ "$(psql -qtAX -d "$db" -c 'SELECT count(*) FROM listing' 2>/dev/null || echo 0)" -gt 0 ] || src/bench/catalog-db.sh

regions=(FLANDERS BRUSSELS WALLONIA)
categories=(chocolate beer biscuits waffles dairy skincare food beverages)  # as in run.sh and wrk/graphql.lua
worst=0
printf '%-9s %-10s %8s %8s  %s\n' region category matching "ms" "access path"
for region in "${regions[@]}"; do
  for category in "${categories[@]}"; do
    codes=$(psql -qtAX -d "$db" -c "WITH RECURSIVE tree(code) AS (SELECT code FROM category WHERE code = '$category'
      UNION ALL SELECT child.code FROM category child JOIN tree ON child.parent_code = tree.code)
      SELECT string_agg(quote_literal(code), ', ') FROM tree")
    plan=$( {
      echo "SET plan_cache_mode = force_generic_plan;"
      echo "PREPARE page AS SELECT l.id FROM listing l
              WHERE l.status = 'PUBLISHED' AND l.origin_region = ANY(ARRAY['$region'])
                AND l.category_code = ANY(ARRAY[$codes])
              ORDER BY l.created_at DESC, l.id DESC LIMIT 21;"
      echo '\o /dev/null'
      for _ in $(seq 10); do echo "EXECUTE page;"; done
      echo '\o'
      echo "EXPLAIN (ANALYZE, COSTS OFF) EXECUTE page;"
    } | psql -qX -d "$db" -f - )
    ms=$(echo "$plan" | awk '/Execution Time/ { print $3 }')
    path=$(echo "$plan" | grep -oE '(Index|Bitmap Index|Index Only|Seq) Scan (Backward )?(using|on) [a-z_]+' | head -1)
    matching=$(psql -qtAX -d "$db" -c "SELECT count(*) FROM listing WHERE status = 'PUBLISHED'
      AND origin_region = '$region' AND category_code = ANY(ARRAY[$codes])")
    printf '%-9s %-10s %8s %8s  %s\n' "$region" "$category" "$matching" "$ms" "$path"
    worst=$(awk -v a="$worst" -v b="$ms" 'BEGIN { print (b > a) ? b : a }')
  done
done
echo "slowest first page: $worst ms"
