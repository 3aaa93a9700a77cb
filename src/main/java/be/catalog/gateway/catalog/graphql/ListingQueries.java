package be.catalog.gateway.catalog.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingConnection;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSort;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedString;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.security.CurrentViewer;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class ListingQueries {

    private final ListingCatalog catalog;
    private final CurrentViewer viewer;

    public ListingQueries(ListingCatalog catalog, CurrentViewer viewer) {
        this.catalog = catalog;
        this.viewer = viewer;
    }

    @Query("listing")
    @Description("A listing by id; null when it does not exist or is not published (unless it is the caller's agency's).")
    public Uni<ListingView> listing(@Id @NonNull @Name("id") String id) {
        return viewer.get().chain(v -> catalog.byId(v, id));
    }

    @Query("listings")
    @Description("Listings matching `filter`, one page at a time: pass `pageInfo.endCursor` as `after` for the next.")
    public Uni<@NonNull ListingConnection> listings(@Name("filter") ListingFilter filter,
            @Name("sort") @DefaultValue("NEWEST") ListingSort sort,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") @Description("Cursor of the edge to continue after") String after) {
        return viewer.get().chain(v -> catalog.page(v, filter, sort, first, after));
    }

    @Description("Number of listings matching the filter, over all pages.")
    public Uni<@NonNull Integer> totalCount(@Source ListingConnection connection) {
        return catalog.totalCount(connection);
    }

    @Description("The title in `locale` (default English), falling back to English.")
    public Uni<List<@NonNull LocalizedString>> title(@Source List<ListingView> listings,
            @Name("locale") ContentLocale locale) {
        return localized(listings, ListingView::titles, locale);
    }

    @Description("The description in `locale` (default English), falling back to English; null when there is none.")
    public Uni<List<LocalizedString>> description(@Source List<ListingView> listings,
            @Name("locale") ContentLocale locale) {
        return localized(listings, ListingView::descriptions, locale);
    }

    private static Uni<List<LocalizedString>> localized(List<ListingView> listings,
            Function<ListingView, LocalizedText> text, ContentLocale locale) {
        List<LocalizedString> texts = new ArrayList<>(listings.size());
        listings.forEach(listing -> texts.add(text.apply(listing).resolve(locale)));
        return Uni.createFrom().item(texts);
    }
}
