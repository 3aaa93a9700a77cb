package be.catalog.gateway.audit.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.audit.AuditConnection;
import be.catalog.gateway.audit.service.AuditQueries;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.security.CurrentViewer;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class AuditTrailQueries {

    private final AuditQueries audit;
    private final CurrentViewer viewer;

    public AuditTrailQueries(AuditQueries audit, CurrentViewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @Query("auditTrail")
    @Description("Writes of the agency's listings, newest first; only for the agency's own staff."
            + " Codes: UNAUTHENTICATED, FORBIDDEN, INVALID_ID, INVALID_CURSOR, INVALID_PAGE_SIZE.")
    public Uni<@NonNull AuditConnection> auditTrail(@NonNull @Name("agency") AgencyCode agency,
            @Id @Name("listingId") @Description("Only the entries of this listing") String listingId,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor of the edge to continue after") String after) {
        return viewer.get().chain(caller -> audit.page(caller, agency, listingId, first, after));
    }
}
