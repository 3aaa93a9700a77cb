-- How many of the counts the database keeps (V12) differ from a count of the listings: counts whose kept sum is not
-- what the listings give, or that one side has and the other lacks, each counted once. 0 unless rows were written with
-- triggers off, restored twice, or a trigger is wrong; SELECT recount_published_listings() then sets them right.
-- One SQL statement: both sides are read in one snapshot, so that a write committing meanwhile is seen by both or by
-- neither and never shows as a difference. It reads the published listings twice (about 0.2 to 0.3 s per 100,000) and
-- takes no lock that a writer waits for: the gateway runs it every few minutes (catalog/repository/PublishedCountsCheck),
-- not per request.
CREATE FUNCTION published_counts_drift() RETURNS bigint LANGUAGE sql STABLE AS $$
    WITH kept AS (SELECT origin_region, agency_code, category_code, price_band, sum(listings) AS listings
                    FROM published_listing_count GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0),
         counted AS (SELECT origin_region, agency_code, category_code, listing_price_band(price_eur) AS price_band,
                            count(*) AS listings
                       FROM listing WHERE status = 'PUBLISHED' GROUP BY 1, 2, 3, 4),
         kept_certified AS (SELECT origin_region, agency_code, category_code, certification_code,
                                   sum(listings) AS listings
                              FROM published_certification_count GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0),
         counted_certified AS (SELECT l.origin_region, l.agency_code, l.category_code, lc.certification_code,
                                      count(*) AS listings
                                 FROM listing l JOIN listing_certification lc ON lc.listing_id = l.id
                                WHERE l.status = 'PUBLISHED' GROUP BY 1, 2, 3, 4)
    SELECT (SELECT count(*)
              FROM kept k FULL JOIN counted c USING (origin_region, agency_code, category_code, price_band)
             WHERE k.listings IS DISTINCT FROM c.listings)
         + (SELECT count(*)
              FROM kept_certified k FULL JOIN counted_certified c
                   USING (origin_region, agency_code, category_code, certification_code)
             WHERE k.listings IS DISTINCT FROM c.listings)
$$;
