package be.catalog.gateway.supplier;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.graphql.PageInfo;

@Type("SupplierConnection")
public record SupplierConnection(@NonNull List<@NonNull SupplierEdge> edges, @NonNull PageInfo pageInfo) {
}
