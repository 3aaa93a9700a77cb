package be.catalog.gateway.graphql;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay connection page information. */
public record PageInfo(@NonNull boolean hasNextPage, @NonNull boolean hasPreviousPage, String startCursor,
        String endCursor) {
}
