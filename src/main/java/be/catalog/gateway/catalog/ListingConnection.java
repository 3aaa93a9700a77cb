package be.catalog.gateway.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.catalog.repository.SearchAggregates;
import be.catalog.gateway.graphql.PageInfo;

/**
 * One page of listings. {@code totalCount} and {@code facets} are resolved separately, and only read when a client
 * asks for them.
 */
@Type("ListingConnection")
public record ListingConnection(@NonNull List<@NonNull ListingEdge> edges, @NonNull PageInfo pageInfo,
        @Ignore SearchAggregates aggregates) {
}
