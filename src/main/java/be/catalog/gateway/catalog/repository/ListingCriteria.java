package be.catalog.gateway.catalog.repository;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.common.LikePattern;
import be.catalog.gateway.database.SqlParameters;
import be.catalog.gateway.security.Viewer;

/**
 * The SQL conditions of a listing search, kept apart by facet: a page ANDs them all, while the facet counts leave
 * each facet's own condition out of its counts. Conditions refer to the listing as {@code l}. The filter's values are
 * written into the statement where the plan depends on them ({@link SqlParameters#literal}).
 */
final class ListingCriteria {

    enum Facet { REGION, AGENCY, CATEGORY, PRICE, CERTIFICATION }

    final SqlParameters sql = new SqlParameters();
    /** Conditions that hold for every count: visibility, status, text. */
    final List<String> base = new ArrayList<>();
    /** The filter's condition per facet, only for the facets the filter uses. */
    final Map<Facet, String> facets = new EnumMap<>(Facet.class);
    /** SQL of the relevance of a listing to the search query, null without a query. */
    final String rank;

    ListingCriteria(ListingSearch search) {
        visibleTo(search.viewer());
        ListingFilter filter = search.filter();
        if (search.query() == null) {
            rank = null;
        } else {
            // Sub-selects, so that PostgreSQL builds each tsquery once per statement: the driver's prepared statements
            // soon get a generic plan, which called the functions for every matching row, ten times slower
            // (src/bench/README.md).
            String query = sql.parameter(search.query());
            base.add("l.search_vector @@ (SELECT catalog_search_query(" + query + "))");
            rank = "ts_rank(l.search_vector, (SELECT catalog_rank_query(" + query + ")))";
        }
        if (filter.status != null) {
            base.add("l.status = " + sql.literal(filter.status.name()));
        }
        if (filter.titleContains != null && !filter.titleContains.isBlank()) {
            String pattern = sql.parameter(LikePattern.containing(filter.titleContains.strip()));
            base.add(("(l.title_en ILIKE %1$s OR l.title_fr ILIKE %1$s OR l.title_nl ILIKE %1$s"
                    + " OR l.title_de ILIKE %1$s OR l.title_zh_cn ILIKE %1$s OR l.title_zh_tw ILIKE %1$s)")
                    .formatted(pattern));
        }
        if (filter.regions != null && !filter.regions.isEmpty()) {
            facets.put(Facet.REGION, "l.origin_region = ANY(" + sql.literal(filter.regions) + ")");
        }
        if (filter.agencies != null && !filter.agencies.isEmpty()) {
            facets.put(Facet.AGENCY, "l.agency_code = ANY(" + sql.literal(filter.agencies) + ")");
        }
        if (filter.category != null) {
            // The codes themselves, not a sub-select of the tree, and written into the statement (SqlParameters):
            // PostgreSQL then estimates how many listings a region and category have together (extended statistics,
            // V11) and picks the index scan that suits them.
            facets.put(Facet.CATEGORY, "l.category_code = ANY(" + sql.literal(search.categories().toArray(String[]::new))
                    + ")");
        }
        // Prices are whole cents (numeric(12,2)): a bound rounded inwards to the cent selects the same listings, and
        // 12.5 and 12.50 are then one statement.
        List<String> price = new ArrayList<>();
        if (filter.minPrice != null) {
            price.add("l.price_eur >= " + sql.literal(filter.minPrice.setScale(2, RoundingMode.CEILING)));
        }
        if (filter.maxPrice != null) {
            price.add("l.price_eur <= " + sql.literal(filter.maxPrice.setScale(2, RoundingMode.FLOOR)));
        }
        if (!price.isEmpty()) {
            facets.put(Facet.PRICE, "(" + String.join(" AND ", price) + ")");
        }
        if (filter.certifications != null && !filter.certifications.isEmpty()) {
            String[] codes = new LinkedHashSet<>(filter.certifications).toArray(String[]::new);
            facets.put(Facet.CERTIFICATION, "(SELECT count(*) FROM listing_certification lc WHERE lc.listing_id = l.id"
                    + " AND lc.certification_code = ANY(" + sql.parameter(codes) + ")) = " + codes.length);
        }
    }

    /** Every condition, ANDed. */
    String where(String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(facets.values());
        all.addAll(List.of(more));
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** The condition of one facet's filter, TRUE when the filter does not use it. */
    String facet(Facet facet) {
        return facets.getOrDefault(facet, "TRUE");
    }

    /** Everybody sees published listings; an agency also sees its own drafts and withdrawn listings. */
    private void visibleTo(Viewer viewer) {
        if (viewer.agencies().isEmpty()) {
            base.add("l.status = 'PUBLISHED'");
        } else {
            base.add("(l.status = 'PUBLISHED' OR l.agency_code = ANY(" + sql.literal(viewer.agencies()) + "))");
        }
    }
}
