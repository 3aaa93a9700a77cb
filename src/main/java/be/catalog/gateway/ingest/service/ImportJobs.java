package be.catalog.gateway.ingest.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.InvalidIdException;
import be.catalog.gateway.graphql.PageInfo;
import be.catalog.gateway.graphql.PagingConfig;
import be.catalog.gateway.ingest.ImportJobConnection;
import be.catalog.gateway.ingest.ImportJobEdge;
import be.catalog.gateway.ingest.ImportJobView;
import be.catalog.gateway.ingest.ImportRejection;
import be.catalog.gateway.ingest.repository.ImportJobRepository;
import be.catalog.gateway.security.AgencyAccess;
import be.catalog.gateway.security.UnauthenticatedException;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;

/** Reading import jobs: an agency's staff see their agency's jobs only. */
@ApplicationScoped
public class ImportJobs {

    private static final String SORT = "IMPORTS";

    private final ImportJobRepository jobs;
    private final AgencyAccess access;
    private final PagingConfig paging;

    public ImportJobs(ImportJobRepository jobs, AgencyAccess access, PagingConfig paging) {
        this.jobs = jobs;
        this.access = access;
        this.paging = paging;
    }

    /** The job; null when there is none with this id. Another agency's job is FORBIDDEN. */
    public Uni<ImportJobView> byId(Viewer viewer, String id) {
        UUID key = key(id);
        if (viewer.isAnonymous()) {
            throw new UnauthenticatedException();
        }
        return jobs.find(key).invoke(job -> {
            if (job != null) {
                access.requireWriter(viewer, job.agency());
            }
        });
    }

    public Uni<ImportJobConnection> page(Viewer viewer, AgencyCode agency, Integer first, String after) {
        access.requireWriter(viewer, agency);
        int size = paging.pageSize(first);
        Cursor position = after == null ? null : Cursor.decode(after, SORT);
        OffsetDateTime afterAt = null;
        UUID afterId = null;
        if (position != null) {
            try {
                String[] parts = position.key().split(" ", 2);
                afterAt = OffsetDateTime.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new Cursor.InvalidCursorException(after);
            }
        }
        return jobs.page(agency, afterAt, afterId, size + 1).map(found -> {
            boolean hasNextPage = found.size() > size;
            List<ImportJobEdge> edges = (hasNextPage ? found.subList(0, size) : found).stream()
                    // the keyset holds the uuid; Cursor's numeric id is unused here
                    .map(job -> new ImportJobEdge(new Cursor(SORT, job.startedAt() + " " + job.key(), 0).encode(), job))
                    .toList();
            return new ImportJobConnection(edges, new PageInfo(hasNextPage, after != null,
                    edges.isEmpty() ? null : edges.get(0).cursor(),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
        });
    }

    public Uni<Map<UUID, List<ImportRejection>>> rejections(List<ImportJobView> views) {
        return jobs.rejections(views.stream().map(ImportJobView::key).toList());
    }

    private static UUID key(String id) {
        try {
            return UUID.fromString(GlobalId.decodeKey(ImportJobView.TYPE, id));
        } catch (IllegalArgumentException e) {
            throw new InvalidIdException(id, ImportJobView.TYPE);
        }
    }
}
