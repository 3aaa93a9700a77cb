package be.catalog.gateway.catalog.graphql;


import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingConnection;
import be.catalog.gateway.catalog.ListingDetails;
import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSort;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.graphql.InMemoryResolver;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedString;
import be.catalog.gateway.i18n.RequestLocale;
import be.catalog.gateway.security.CurrentViewer;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class ListingQueries {

    private final ListingCatalog catalog;
    private final CurrentViewer viewer;
    private final RequestLocale requestLocale;

    public ListingQueries(ListingCatalog catalog, CurrentViewer viewer, RequestLocale requestLocale) {
        this.catalog = catalog;
        this.viewer = viewer;
        this.requestLocale = requestLocale;
    }

    @Query("listing")
    @Description("A listing by id; null when it does not exist or is not published (unless it is the caller's agency's).")
    public Uni<ListingView> listing(@Id @NonNull @Name("id") String id) {
        ListingDetails details = SelectedListingDetails.ofQueryField("listing");
        return viewer.get().chain(v -> catalog.byId(v, id, details));
    }

    @Query("listings")
    @Description("Listings matching `query` and `filter`, one page at a time: pass `pageInfo.endCursor` as `after`"
            + " for the next page.")
    public Uni<@NonNull ListingConnection> listings(
            @Name("query") @Description("Words searched in titles and descriptions in every locale, Chinese included;"
                    + " case and accents do not matter") String query,
            @Name("filter") ListingFilter filter,
            @Name("sort") @Description("Default: RELEVANCE with a query, else NEWEST") ListingSort sort,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor of the edge to continue after") String after) {
        ListingDetails details = SelectedListingDetails.ofQueryField("listings");
        return viewer.get().chain(v -> catalog.page(v, query, filter, sort, first, after, details));
    }

    @Description("Number of listings matching the filter, over all pages.")
    public Uni<@NonNull Integer> totalCount(@Source ListingConnection connection) {
        return catalog.totalCount(connection);
    }

    @Description("Counts per region, agency, category, certification and price band for the same query and filter.")
    public Uni<@NonNull ListingFacets> facets(@Source ListingConnection connection) {
        return catalog.facets(connection);
    }

    // Localized fields resolve per listing, not batched: a batch loader would give every alias of the field
    // (zh: title(locale: ZH_CN), fr: title(locale: FR)) the arguments of the first one. They do no I/O anyway.
    @Description("The title in `locale` (default: from Accept-Language, else English), along its fallback chain.")
    @InMemoryResolver
    public Uni<@NonNull LocalizedString> title(@Source ListingView listing, @Name("locale") ContentLocale locale) {
        return Uni.createFrom().item(requestLocale.resolve(listing.titles(), locale));
    }

    @Description("The description in `locale` (default: from Accept-Language, else English), along its fallback"
            + " chain; null when there is none.")
    @InMemoryResolver
    public Uni<LocalizedString> description(@Source ListingView listing, @Name("locale") ContentLocale locale) {
        if (listing.descriptions() == null) {
            return Uni.createFrom().failure(new IllegalStateException("listing " + listing.id()
                    + " was read without its descriptions: SelectedListingDetails did not see this field"));
        }
        return Uni.createFrom().item(requestLocale.resolve(listing.descriptions(), locale));
    }

    @Description("The name of the unit in `locale` (default: from Accept-Language), e.g. 盒 for BOX.")
    @InMemoryResolver
    public Uni<@NonNull LocalizedString> unitName(@Source ListingView listing, @Name("locale") ContentLocale locale) {
        return Uni.createFrom().item(requestLocale.resolve(listing.unit().names(), locale));
    }
}
