-- Browsing by region, category and agency (issue #7): totalCount and the facet counts read every listing matching the
-- filter. With the columns they test and count in one index, PostgreSQL answers them from the index alone
-- (index-only scan) instead of reading a heap page per listing. On 100,000 listings (src/bench/run.sh): totalCount
-- of a region + category filter from ~140 ms to ~10 ms, the facets statement about halved.
CREATE INDEX listing_browse_idx ON listing (status, origin_region, category_code, agency_code, price_eur, id);
