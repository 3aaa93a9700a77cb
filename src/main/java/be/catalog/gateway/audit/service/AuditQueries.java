package be.catalog.gateway.audit.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.audit.AuditConnection;
import be.catalog.gateway.audit.AuditEdge;
import be.catalog.gateway.audit.AuditEntryView;
import be.catalog.gateway.audit.repository.AuditReadRepository;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.PageInfo;
import be.catalog.gateway.graphql.PagingConfig;
import be.catalog.gateway.security.AgencyAccess;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;

/** Reading an agency's audit trail: its own staff only, newest first, by keyset. */
@ApplicationScoped
public class AuditQueries {

    /** The cursor's sort tag: a cursor of another list is refused. */
    private static final String SORT = "AUDIT";

    private final AuditReadRepository reads;
    private final AgencyAccess access;
    private final PagingConfig paging;

    public AuditQueries(AuditReadRepository reads, AgencyAccess access, PagingConfig paging) {
        this.reads = reads;
        this.access = access;
        this.paging = paging;
    }

    public Uni<AuditConnection> page(Viewer viewer, AgencyCode agency, String listingId, Integer first, String after) {
        // The trail shows unpublished work and who did it: the same role as writing the agency's listings.
        access.requireWriter(viewer, agency);
        int size = paging.pageSize(first);
        Long listingKey = listingId == null ? null : GlobalId.decode(ListingView.TYPE, listingId);
        Cursor position = after == null ? null : Cursor.decode(after, SORT);
        OffsetDateTime afterAt = position == null ? null : instant(position, after);
        return reads.page(agency, listingKey, afterAt, position == null ? null : position.id(), size + 1)
                .map(entries -> {
                    boolean hasNextPage = entries.size() > size;
                    List<AuditEdge> edges = (hasNextPage ? entries.subList(0, size) : entries).stream()
                            .map(entry -> new AuditEdge(cursor(entry), entry)).toList();
                    return new AuditConnection(edges, new PageInfo(hasNextPage, after != null,
                            edges.isEmpty() ? null : edges.get(0).cursor(),
                            edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
                });
    }

    private static String cursor(AuditEntryView entry) {
        return new Cursor(SORT, entry.at().toString(), entry.key()).encode();
    }

    private static OffsetDateTime instant(Cursor position, String after) {
        try {
            return OffsetDateTime.parse(position.key());
        } catch (DateTimeParseException e) {
            throw new Cursor.InvalidCursorException(after);
        }
    }
}
