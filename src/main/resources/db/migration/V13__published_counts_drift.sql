-- How many of the counts the database keeps (V12) differ from a count of the listings: counts whose kept sum is not
-- what the listings give, or that one side has and the other lacks. 0 unless rows were written with triggers off,
-- restored twice, or a trigger is wrong; SELECT recount_published_listings() then sets them right.
-- One SQL statement, STABLE: both sides are read in the caller's snapshot, so that a write committing meanwhile is
-- seen by both or by neither and never shows as a difference. It reads every published listing (about 0.1 s per
-- 100,000): the gateway runs it every few minutes (catalog/repository/PublishedCountsCheck), not per request.
CREATE FUNCTION published_counts_drift() RETURNS bigint LANGUAGE sql STABLE AS $$
    WITH kept AS (SELECT origin_region, agency_code, category_code, price_band, sum(listings) AS listings
                    FROM published_listing_count GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0),
         counted AS (SELECT origin_region, agency_code, category_code, listing_price_band(price_eur), count(*)
                       FROM listing WHERE status = 'PUBLISHED' GROUP BY 1, 2, 3, 4),
         kept_certified AS (SELECT origin_region, agency_code, category_code, certification_code, sum(listings)
                              FROM published_certification_count GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0),
         counted_certified AS (SELECT l.origin_region, l.agency_code, l.category_code, lc.certification_code, count(*)
                                 FROM listing l JOIN listing_certification lc ON lc.listing_id = l.id
                                WHERE l.status = 'PUBLISHED' GROUP BY 1, 2, 3, 4),
         differing AS ((TABLE kept EXCEPT TABLE counted) UNION ALL (TABLE counted EXCEPT TABLE kept)),
         differing_certified AS ((TABLE kept_certified EXCEPT TABLE counted_certified)
                                 UNION ALL (TABLE counted_certified EXCEPT TABLE kept_certified))
    SELECT (SELECT count(*) FROM differing) + (SELECT count(*) FROM differing_certified)
$$;
