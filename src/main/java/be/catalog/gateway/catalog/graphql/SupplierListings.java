package be.catalog.gateway.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.supplier.SupplierView;
import io.smallrye.mutiny.Uni;

/** The catalog's side of a supplier: its listings. Lives here so that suppliers need not know about listings. */
@GraphQLApi
@ReportsClientErrors
public class SupplierListings {

    static final int PER_SUPPLIER = 20;

    private final ListingCatalog catalog;

    public SupplierListings(ListingCatalog catalog) {
        this.catalog = catalog;
    }

    // One statement for a whole page of suppliers. Batched fields take no arguments: SmallRye would give every alias
    // of such a field the first alias's arguments.
    @Description("The supplier's newest published listings, at most 20; see `listings(filter:)` for more.")
    public Uni<List<@NonNull List<@NonNull ListingView>>> listings(@Source List<SupplierView> suppliers) {
        return catalog.publishedBySupplier(suppliers.stream().map(SupplierView::key).toList(), PER_SUPPLIER)
                .map(bySupplier -> suppliers.stream().map(s -> bySupplier.getOrDefault(s.key(), List.of())).toList());
    }
}
