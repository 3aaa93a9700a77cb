package be.catalog.gateway.catalog.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingFacets.PriceRangeCount;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.catalog.repository.ListingCriteria.Facet;
import be.catalog.gateway.common.LruCache;

/**
 * The published catalog counted once per region, agency, category and price band, and per certification, from which
 * the {@code totalCount} and every facet of a public browse are summed in memory: one statement shared by all filters
 * instead of a count and a facets statement per filter, each reading every published listing (src/bench/README.md,
 * finding 26). The database keeps these counts as listings change (migration V12, finding 37), so reading them again
 * after a write costs a few hundred rows. A browse is what storefronts ask most: published listings filtered by
 * regions, agencies and a category only ({@link #covers}); a text search, a title, price or certification filter, or
 * an agency's own view are counted by their statements as before.
 * <p>
 * The sums follow the facets statement of {@link ListingReadRepository#facets}: a facet leaves its own filter out, a
 * category counts its descendants' listings too, values with no listing are left out. What a filter sums to is kept
 * with the counts it was summed from (the {@value #SUMMED_FILTERS} filters used last), so it is summed once per
 * refresh.
 */
final class BrowseCounts {

    /** Published listings of one region, agency, category and price band ({@code width_bucket} of the bands). */
    record Cell(String region, String agency, String category, int band, int count) {
    }

    /** Published listings of one region, agency and category that carry one certification. */
    record CertifiedCell(String region, String agency, String category, String certification, int count) {
    }

    /** What a filter sums to. */
    record Totals(long count, ListingFacets facets) {
    }

    /** The condition that every reader may see a listing: published. */
    private static final String PUBLISHED = "l.status = 'PUBLISHED'";
    private static final Set<Facet> BROWSED = EnumSet.of(Facet.REGION, Facet.AGENCY, Facet.CATEGORY);
    /** Filters whose totals are kept, per refresh of the counts. */
    private static final int SUMMED_FILTERS = 1_024;

    private final List<Cell> cells;
    private final List<CertifiedCell> certified;
    /** Each category code with itself and its ancestors: the categories its listings count for. */
    private final Map<String, List<String>> countedFor;
    private final LruCache<String, Totals> summed = new LruCache<>(SUMMED_FILTERS);

    /** {@code parents}: every category code with its parent's, null for a root. */
    BrowseCounts(List<Cell> cells, List<CertifiedCell> certified, Map<String, String> parents) {
        this.cells = List.copyOf(cells);
        this.certified = List.copyOf(certified);
        this.countedFor = new HashMap<>();
        parents.keySet().forEach(code -> countedFor.put(code, selfAndAncestors(code, parents)));
    }

    /**
     * Whether the search is a public browse, which these counts answer: its conditions are visibility to everybody
     * (and maybe the same status again) and filters on regions, agencies and a category, nothing else. Read from the
     * statement's own conditions, so that a condition added to searches one day is not summed as if it were none.
     */
    static boolean covers(ListingCriteria criteria) {
        return criteria.rank == null && criteria.base.stream().allMatch(PUBLISHED::equals)
                && BROWSED.containsAll(criteria.facets.keySet());
    }

    /** The totals of a search that {@link #covers} accepts; {@code key} tells its filter apart from the others. */
    Totals of(ListingSearch search, String key) {
        return summed.computeIfAbsent(key, k -> sum(search));
    }

    private Totals sum(ListingSearch search) {
        ListingFilter filter = search.filter();
        Set<String> regions = names(filter.regions);
        Set<String> agencies = names(filter.agencies);
        Set<String> categories = filter.category == null ? null : new HashSet<>(search.categories());
        long count = 0;
        Map<String, Integer> byRegion = new HashMap<>();
        Map<String, Integer> byAgency = new HashMap<>();
        Map<String, Integer> byCategory = new HashMap<>();
        Map<String, Integer> byCertification = new HashMap<>();
        int[] byBand = new int[FacetCounts.PRICE_BANDS.length + 1];
        for (Cell cell : cells) {
            boolean inRegion = in(regions, cell.region());
            boolean inAgency = in(agencies, cell.agency());
            boolean inCategory = in(categories, cell.category());
            if (inAgency && inCategory) {
                byRegion.merge(cell.region(), cell.count(), Integer::sum);
            }
            if (inRegion && inCategory) {
                byAgency.merge(cell.agency(), cell.count(), Integer::sum);
            }
            if (inRegion && inAgency) {
                for (String category : countedFor.getOrDefault(cell.category(), List.of(cell.category()))) {
                    byCategory.merge(category, cell.count(), Integer::sum);
                }
            }
            if (inRegion && inAgency && inCategory) {
                byBand[cell.band()] += cell.count();
                count += cell.count();
            }
        }
        for (CertifiedCell cell : certified) {
            if (in(regions, cell.region()) && in(agencies, cell.agency()) && in(categories, cell.category())) {
                byCertification.merge(cell.certification(), cell.count(), Integer::sum);
            }
        }
        List<PriceRangeCount> prices = new ArrayList<>();
        for (int band = 0; band < byBand.length; band++) {
            if (byBand[band] > 0) {
                prices.add(FacetCounts.priceBand(band, byBand[band]));
            }
        }
        return new Totals(count, new ListingFacets(FacetCounts.byCount(byRegion), FacetCounts.byCount(byAgency),
                FacetCounts.byCount(byCategory), FacetCounts.byCount(byCertification), List.copyOf(prices)));
    }

    /** Whether a filter's values ({@code null}: no filter on them) let {@code value} through. */
    private static boolean in(Set<String> values, String value) {
        return values == null || values.contains(value);
    }

    /** The names of the filter's constants, null when it does not filter on them. */
    private static Set<String> names(Collection<? extends Enum<?>> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        values.forEach(value -> names.add(value.name()));
        return names;
    }

    private static List<String> selfAndAncestors(String code, Map<String, String> parents) {
        Set<String> chain = new LinkedHashSet<>();
        String at = code;
        while (at != null && chain.add(at)) { // a category already in the chain (a cycle) ends it
            at = parents.get(at);
        }
        return List.copyOf(chain);
    }
}
