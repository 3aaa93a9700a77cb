#!/usr/bin/env bash
# Shows that catalog search is served by the GIN index on listing.search_vector, not by scanning every row:
# EXPLAIN ANALYZE of the gateway's search statement for Chinese, French and English terms on the benchmark database
# (src/bench/catalog-db.sh fills it; 100,000 listings by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-catalog_bench}"
[ "$(psql -qtAX -d "$db" -c 'SELECT count(*) FROM listing' 2>/dev/null || echo 0)" -gt 0 ] || src/bench/catalog-db.sh

# What shoppers type: a product and a taste, in Chinese, French, German, Dutch or English.
selective=('榛子巧克力' '樱桃啤酒' 'framboise gaufres' 'Spekulatius Zimt' 'hazelnoot pralines' 'crème rose')
# A bare product word matches a sixth of this synthetic catalog: PostgreSQL may rightly read the table instead.
broad=('啤酒' 'waffles')
for term in "${selective[@]}"; do
  echo "== query: $term"
  psql -qX -d "$db" -v term="$term" <<'SQL'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT l.id, ts_rank(l.search_vector, catalog_rank_query(:'term')) AS rank
  FROM listing l
 WHERE l.status = 'PUBLISHED' AND l.search_vector @@ catalog_search_query(:'term')
 ORDER BY rank DESC, l.id DESC
 LIMIT 21;
SQL
done | tee /tmp/search-plan.txt
for term in "${broad[@]}"; do
  echo "== broad query (for information): $term"
  psql -qX -d "$db" -v term="$term" <<'SQL' | grep -E 'Scan|Execution'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT l.id FROM listing l
 WHERE l.status = 'PUBLISHED' AND l.search_vector @@ catalog_search_query(:'term')
 ORDER BY ts_rank(l.search_vector, catalog_rank_query(:'term')) DESC, l.id DESC LIMIT 21;
SQL
done
echo
if grep -q "Bitmap Index Scan on listing_search_idx" /tmp/search-plan.txt && ! grep -q "Seq Scan on listing" /tmp/search-plan.txt; then
  echo "search uses listing_search_idx for every term (no sequential scan of listing)"
else
  echo "WARNING: a search did not use listing_search_idx"; exit 1
fi
