package be.catalog.gateway.catalog.repository;

import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingSearch;
import io.smallrye.mutiny.Uni;

/**
 * The {@code totalCount} and facets of one page's search, read only if its client asks for them
 * ({@link ListingAggregates#of}). A public browse sums both from one read of the counts the database keeps: read
 * once per field, a write committed between the two reads (with {@code COUNTS_CACHE_TTL=0} every page reads them)
 * would give the page facets that do not add up to its total. Nothing is built for a page that asks for neither.
 */
public final class SearchAggregates {

    /** The two reads of a search, built together so that a browse's share one read. */
    record Reads(Uni<Long> count, Uni<ListingFacets> facets) {
    }

    private final ListingAggregates aggregates;
    private final ListingSearch search;
    /** Built by the first field that asks; guarded by this. */
    private Reads reads;

    SearchAggregates(ListingAggregates aggregates, ListingSearch search) {
        this.aggregates = aggregates;
        this.search = search;
    }

    public Uni<Long> count() {
        return reads().count();
    }

    public Uni<ListingFacets> facets() {
        return reads().facets();
    }

    private synchronized Reads reads() {
        if (reads == null) {
            reads = aggregates.reads(search);
        }
        return reads;
    }
}
