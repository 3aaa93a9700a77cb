package be.catalog.gateway.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.graphql.PageInfo;

@Type("ImportJobConnection")
public record ImportJobConnection(@NonNull List<@NonNull ImportJobEdge> edges, @NonNull PageInfo pageInfo) {
}
