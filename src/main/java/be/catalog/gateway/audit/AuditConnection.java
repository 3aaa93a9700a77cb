package be.catalog.gateway.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.graphql.PageInfo;

/** One page of an agency's audit trail, newest first. */
@Type("AuditConnection")
public record AuditConnection(@NonNull List<@NonNull AuditEdge> edges, @NonNull PageInfo pageInfo) {
}
