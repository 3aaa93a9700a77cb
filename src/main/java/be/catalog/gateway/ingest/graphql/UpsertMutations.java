package be.catalog.gateway.ingest.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.graphql.TimeBudget;
import be.catalog.gateway.ingest.RecordOutcome;
import be.catalog.gateway.ingest.UpsertResult;
import be.catalog.gateway.ingest.service.BulkUpsert;
import be.catalog.gateway.security.CurrentViewer;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;

/** Agencies' bulk writes: many listings in one call, each record written or rejected on its own. */
@GraphQLApi
@ReportsClientErrors
public class UpsertMutations {

    private final BulkUpsert bulk;
    private final ListingCatalog catalog;
    private final CurrentViewer viewer;

    public UpsertMutations(BulkUpsert bulk, ListingCatalog catalog, CurrentViewer viewer) {
        this.bulk = bulk;
        this.catalog = catalog;
        this.viewer = viewer;
    }

    @Mutation("upsertListings")
    @TimeBudget("PT2M")
    @Description("Creates or replaces up to 1,000 listings of `agency`, matched by externalId, so a retried call"
            + " never duplicates. One result per record, in input order. Codes: UNAUTHENTICATED, FORBIDDEN,"
            + " TOO_MANY_RECORDS; a rejected record lists its own codes in `errors`.")
    public Uni<@NonNull List<@NonNull UpsertResult>> upsertListings(@NonNull @Name("agency") AgencyCode agency,
            @NonNull @Name("listings") List<@NonNull ListingInput> listings) {
        return viewer.get().chain(caller -> bulk.upsert(caller, agency, listings)
                .chain(outcomes -> withListings(caller, outcomes)));
    }

    /** Reads every written listing back in one statement, after all records have committed. */
    private Uni<List<UpsertResult>> withListings(Viewer caller, List<RecordOutcome> outcomes) {
        List<Long> keys = outcomes.stream().filter(o -> o.key() != null).map(RecordOutcome::key).toList();
        Uni<List<ListingView>> views = keys.isEmpty() ? Uni.createFrom().item(List.of()) : catalog.byKeys(caller, keys);
        return views.map(found -> {
            Map<Long, ListingView> byKey = found.stream()
                    .collect(Collectors.toMap(ListingView::key, Function.identity(), (a, b) -> a));
            return outcomes.stream()
                    .map(o -> new UpsertResult(o.index(), o.externalId(), o.status(),
                            o.key() == null ? null : byKey.get(o.key()), o.errors()))
                    .toList();
        });
    }
}
