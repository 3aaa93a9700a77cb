-- Storefronts filter by region, agency and category together, and these columns go together: an agency lists its own
-- region's goods, and a region makes some products and not others (Wallonia's waffles, Flanders' beer). PostgreSQL
-- assumes independent columns unless told otherwise, so it took "Brussels + skincare", which has no listing, for
-- thousands of listings and walked the newest-first index through the whole catalog to find 21 of them (70 ms).
-- With statistics of the columns together it knows the combination is rare and reads it from listing_browse_idx
-- (0.2 ms). ANALYZE fills them now; autovacuum keeps them current.
CREATE STATISTICS listing_region_agency_category_stats (mcv, ndistinct)
    ON origin_region, agency_code, category_code FROM listing;
ANALYZE listing;
