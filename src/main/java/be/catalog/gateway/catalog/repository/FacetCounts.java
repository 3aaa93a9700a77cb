package be.catalog.gateway.catalog.repository;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import be.catalog.gateway.catalog.ListingFacets.FacetCount;
import be.catalog.gateway.catalog.ListingFacets.PriceRangeCount;

/** What both ways of counting facets share: the price bands, and the order of a facet's values. */
final class FacetCounts {

    /**
     * Lower bounds of the price bands of the price facet, in euro; the last band has no upper bound. The database
     * bands the counts it keeps with the same bounds (listing_price_band, migration V12): a change here needs a
     * migration that changes them there and recounts.
     */
    static final BigDecimal[] PRICE_BANDS = { new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("25"),
            new BigDecimal("50"), new BigDecimal("100") };

    /** The most frequent value first, ties by value: codes, compared as Java strings whatever the database's collation. */
    private static final Comparator<FacetCount> BY_COUNT = Comparator.comparingInt(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private FacetCounts() {
    }

    static List<FacetCount> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue())).sorted(BY_COUNT).toList();
    }

    /** {@code width_bucket} numbers the band below the first bound 0 and the one from the last bound n. */
    static PriceRangeCount priceBand(int band, int count) {
        BigDecimal from = band == 0 ? BigDecimal.ZERO : PRICE_BANDS[band - 1];
        BigDecimal to = band == PRICE_BANDS.length ? null : PRICE_BANDS[band];
        return new PriceRangeCount(from, to, count);
    }
}
