package be.catalog.gateway.catalog.repository;

import be.catalog.gateway.catalog.ListingFacets;
import io.smallrye.mutiny.Uni;

/**
 * The {@code totalCount} and facets of one page's search, read only if its client asks for them
 * ({@link ListingAggregates#of}). A public browse sums both from one read of the counts the database keeps: read
 * once per field, a write committed between the two reads (with {@code COUNTS_CACHE_TTL=0} every page reads them)
 * would give the page facets that do not add up to its total.
 */
public record SearchAggregates(Uni<Long> count, Uni<ListingFacets> facets) {
}
