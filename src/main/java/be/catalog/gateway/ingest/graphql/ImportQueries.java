package be.catalog.gateway.ingest.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.ingest.ImportJobConnection;
import be.catalog.gateway.ingest.ImportJobView;
import be.catalog.gateway.ingest.ImportRejection;
import be.catalog.gateway.ingest.service.ImportJobs;
import be.catalog.gateway.security.CurrentViewer;
import io.smallrye.mutiny.Uni;

/** Import jobs started by POST /agencies/{code}/imports, for the agency's staff. */
@GraphQLApi
@ReportsClientErrors
public class ImportQueries {

    private final ImportJobs jobs;
    private final CurrentViewer viewer;

    public ImportQueries(ImportJobs jobs, CurrentViewer viewer) {
        this.jobs = jobs;
        this.viewer = viewer;
    }

    @Query("importJob")
    @Description("An import job by the id POST /agencies/{code}/imports answered; null if there is none."
            + " Codes: UNAUTHENTICATED, FORBIDDEN (another agency's job), INVALID_ID.")
    public Uni<ImportJobView> importJob(@Id @NonNull @Name("id") String id) {
        return viewer.get().chain(caller -> jobs.byId(caller, id));
    }

    @Query("importJobs")
    @Description("The agency's import jobs, newest first. Codes: UNAUTHENTICATED, FORBIDDEN, INVALID_CURSOR.")
    public Uni<@NonNull ImportJobConnection> importJobs(@NonNull @Name("agency") AgencyCode agency,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor of the edge to continue after") String after) {
        return viewer.get().chain(caller -> jobs.page(caller, agency, first, after));
    }

    /** Batched: one statement for every job of the answer. Takes no argument (aliases would share the first's). */
    @Description("The first 100 rejected rows, by row number")
    public Uni<@NonNull List<@NonNull List<@NonNull ImportRejection>>> rejections(@Source List<ImportJobView> views) {
        return jobs.rejections(views).map(byJob -> views.stream()
                .map(job -> byJob.getOrDefault(job.key(), List.of())).toList());
    }
}
