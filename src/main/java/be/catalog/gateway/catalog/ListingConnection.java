package be.catalog.gateway.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.graphql.PageInfo;

/** One page of listings. {@code totalCount} is resolved separately, and only counted when a client asks for it. */
@Type("ListingConnection")
public record ListingConnection(@NonNull List<@NonNull ListingEdge> edges, @NonNull PageInfo pageInfo,
        @Ignore ListingSearch search) {
}
