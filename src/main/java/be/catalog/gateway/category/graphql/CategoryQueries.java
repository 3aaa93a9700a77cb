package be.catalog.gateway.category.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.category.Category;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.graphql.InMemoryResolver;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedString;
import be.catalog.gateway.i18n.RequestLocale;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class CategoryQueries {

    private final CategoryRepository categories;
    private final RequestLocale requestLocale;

    public CategoryQueries(CategoryRepository categories, RequestLocale requestLocale) {
        this.categories = categories;
        this.requestLocale = requestLocale;
    }

    @Query("categories")
    @Description("Every category, parents before their children.")
    public Uni<@NonNull List<@NonNull Category>> categories() {
        return categories.listAll();
    }

    /** Per category, not batched, so that aliases with different locales each get their own (no I/O here). */
    @Description("The category's name in `locale` (default: from Accept-Language), along its fallback chain.")
    @InMemoryResolver
    public Uni<@NonNull LocalizedString> name(@Source Category category, @Name("locale") ContentLocale locale) {
        return Uni.createFrom().item(requestLocale.resolve(category.names(), locale));
    }
}
