package be.catalog.gateway.catalog.graphql;

import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingUpdateInput;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.catalog.service.ListingService;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.security.CurrentViewer;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;

/**
 * Agencies' writes. Each needs a bearer token whose roles include the listing's agency. The listing returned is read
 * back after the transaction committed, exactly as any later query will see it.
 */
@GraphQLApi
@ReportsClientErrors
public class ListingMutations {

    private final ListingService listings;
    private final ListingCatalog catalog;
    private final CurrentViewer viewer;

    public ListingMutations(ListingService listings, ListingCatalog catalog, CurrentViewer viewer) {
        this.listings = listings;
        this.catalog = catalog;
        this.viewer = viewer;
    }

    @Mutation("createListing")
    @Description("Creates a DRAFT listing for `input.agency`. Codes: UNAUTHENTICATED, FORBIDDEN, MISSING_ENGLISH_TITLE,"
            + " INVALID_PRICE, INVALID_HS_CODE, UNKNOWN_CATEGORY, INVALID_ENTERPRISE_NUMBER, DUPLICATE_EXTERNAL_ID, ...")
    public Uni<@NonNull ListingView> createListing(@NonNull @Name("input") ListingInput input) {
        return write(caller -> listings.create(caller, input));
    }

    @Mutation("updateListing")
    @Description("Changes the given fields of a listing read at `version`; CONFLICT (with extensions.currentVersion)"
            + " when it changed since.")
    public Uni<@NonNull ListingView> updateListing(@Id @NonNull @Name("id") String id,
            @NonNull @Name("version") int version, @NonNull @Name("input") ListingUpdateInput input) {
        return write(caller -> listings.update(caller, id, version, input));
    }

    @Mutation("publishListing")
    @Description("Puts a listing on sale. With `version`, refuses with CONFLICT if the listing changed since.")
    public Uni<@NonNull ListingView> publishListing(@Id @NonNull @Name("id") String id,
            @Name("version") Integer version) {
        return write(caller -> listings.changeStatus(caller, id, version, ListingStatus.PUBLISHED));
    }

    @Mutation("withdrawListing")
    @Description("Takes a listing off sale; it is kept and can be published again.")
    public Uni<@NonNull ListingView> withdrawListing(@Id @NonNull @Name("id") String id,
            @Name("version") Integer version) {
        return write(caller -> listings.changeStatus(caller, id, version, ListingStatus.WITHDRAWN));
    }

    private Uni<ListingView> write(Function<Viewer, Uni<Long>> change) {
        return viewer.get().chain(caller -> change.apply(caller).chain(key -> catalog.byKey(caller, key)));
    }
}
