package be.catalog.gateway.audit;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditEdge")
public record AuditEdge(@NonNull String cursor, @NonNull AuditEntryView node) {
}
