package be.catalog.gateway.supplier;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SupplierEdge")
public record SupplierEdge(@NonNull String cursor, @NonNull SupplierView node) {
}
