package be.catalog.gateway.category.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.category.Category;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedString;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class CategoryQueries {

    private final CategoryRepository categories;

    public CategoryQueries(CategoryRepository categories) {
        this.categories = categories;
    }

    @Query("categories")
    @Description("Every category, parents before their children.")
    public Uni<@NonNull List<@NonNull Category>> categories() {
        return categories.listAll();
    }

    @Description("The category's name in `locale`, falling back to English.")
    public Uni<List<@NonNull LocalizedString>> name(@Source List<Category> categories,
            @Name("locale") ContentLocale locale) {
        List<LocalizedString> names = new ArrayList<>(categories.size());
        categories.forEach(category -> names.add(category.names().resolve(locale)));
        return Uni.createFrom().item(names);
    }
}
