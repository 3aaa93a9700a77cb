package be.catalog.gateway.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.Agency;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.category.Category;
import be.catalog.gateway.certification.Certification;
import be.catalog.gateway.graphql.Node;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.supplier.SupplierView;

/**
 * A listing as clients read it, with its agency, supplier and category already in: one SQL row per listing (the
 * agency and category from the reference data kept in memory), so a page of listings costs one statement however
 * many of those fields a client selects.
 */
@Type("Listing")
@Description("A Belgian product offered to Chinese buyers. `title` and `description` take a `locale`.")
public record ListingView(
        @Id @NonNull String id,
        @Description("The agency's own id of this listing, unique within the agency") @NonNull String externalId,
        @NonNull Agency agency,
        @NonNull SupplierView supplier,
        @NonNull Category category,
        @Description("Harmonized System code (6 to 10 digits)") @NonNull String hsCode,
        // Clients read the price through the pricing feature's `price(currency)` field, which converts it.
        @Ignore BigDecimal priceEur,
        @NonNull SalesUnit unit,
        @NonNull int stockQuantity,
        @NonNull int netWeightGrams,
        @NonNull Region originRegion,
        @NonNull ListingStatus status,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        @Description("Increases with every change; pass it back to updateListing") @NonNull int version,
        // null when the read left them out, and so do the descriptions (ListingDetails: nobody asked for them)
        @Description("Certifications and labels, e.g. organic, halal") @NonNull List<@NonNull Certification> certifications,
        @Ignore long key,
        @Ignore Float rank,
        @Ignore LocalizedText titles,
        @Ignore LocalizedText descriptions) implements Node {

    public static final String TYPE = "Listing";

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
