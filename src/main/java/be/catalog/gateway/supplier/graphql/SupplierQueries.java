package be.catalog.gateway.supplier.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.supplier.SupplierConnection;
import be.catalog.gateway.supplier.SupplierDirectory;
import be.catalog.gateway.supplier.SupplierFilter;
import be.catalog.gateway.supplier.SupplierView;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class SupplierQueries {

    private final SupplierDirectory directory;

    public SupplierQueries(SupplierDirectory directory) {
        this.directory = directory;
    }

    @Query("supplier")
    @Description("A supplier by id; null when it has no published listing.")
    public Uni<SupplierView> supplier(@Id @NonNull @Name("id") String id) {
        return directory.byId(id);
    }

    @Query("suppliers")
    @Description("Suppliers with published listings, by name, one page at a time. A company listed by several"
            + " agencies appears once.")
    public Uni<@NonNull SupplierConnection> suppliers(@Name("filter") SupplierFilter filter,
            @Name("first") @Description("Page size, 1 to 100 (default 20)") Integer first,
            @Name("after") String after) {
        return directory.page(filter, first, after);
    }

    // Batched: one statement per page of suppliers. Batched fields take no arguments, because SmallRye would give
    // every alias of such a field the first alias's arguments.
    @Description("Number of the supplier's published listings.")
    public Uni<List<@NonNull Integer>> listingCount(@Source List<SupplierView> suppliers) {
        return directory.publishedListingCounts(suppliers.stream().map(SupplierView::key).toList())
                .map(counts -> suppliers.stream().map(s -> counts.getOrDefault(s.key(), 0)).toList());
    }
}
