package be.catalog.gateway.catalog;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ListingEdge")
public record ListingEdge(@NonNull String cursor, @NonNull ListingView node) {
}
