package be.catalog.gateway.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.i18n.LocalizedTextInput;
import be.catalog.gateway.supplier.SupplierInput;

@Input("ListingInput")
@Description("A new listing. It starts as a DRAFT; publishListing puts it on sale.")
public class ListingInput {

    @NonNull
    @Description("The agency posting the listing; the caller's token must hold this agency's role")
    public AgencyCode agency;
    @NonNull
    @Description("The agency's own id for this listing: 1-128 characters of letters, digits and . _ - : /")
    public String externalId;
    @NonNull
    public SupplierInput supplier;
    @NonNull
    @Description("English is required, other locales are optional")
    public LocalizedTextInput title;
    public LocalizedTextInput description;
    @NonNull
    @Description("Category code, see the `categories` query")
    public String category;
    @NonNull
    @Description("Harmonized System code, 6 to 10 digits (dots and spaces are ignored)")
    public String hsCode;
    @NonNull
    @Description("Price of one unit in euro, at most 2 decimals, not negative")
    public BigDecimal priceEur;
    @NonNull
    public SalesUnit unit;
    @NonNull
    public Integer stockQuantity;
    @NonNull
    @Description("Net weight of one unit in grams")
    public Integer netWeightGrams;
    @Description("Region the product comes from; defaults to the supplier's region")
    public Region originRegion;
    @Description("Codes of the certifications and labels the product carries, see the `certifications` query")
    public List<String> certifications;

    public Listing toDraft() {
        Listing listing = new Listing();
        listing.agency = agency;
        listing.externalId = externalId == null ? null : externalId.strip();
        listing.title = title == null ? null : title.toText();
        listing.description = description == null ? null : description.toText();
        listing.category = category;
        listing.hsCode = HsCodes.normalize(hsCode);
        listing.priceEur = priceEur;
        listing.unit = unit;
        listing.stockQuantity = stockQuantity == null ? 0 : stockQuantity;
        listing.netWeightGrams = netWeightGrams == null ? 0 : netWeightGrams;
        listing.originRegion = originRegion != null ? originRegion : supplier == null ? null : supplier.region;
        listing.status = ListingStatus.DRAFT;
        listing.certifications = certifications == null ? new TreeSet<>() : new TreeSet<>(certifications);
        return listing;
    }

    /**
     * Makes a stored listing match this input, as a bulk upsert does: the input is the whole listing, so an absent
     * description or certification list clears it. Only fields that really differ are touched (through
     * {@link ListingUpdateInput#applyTo}), so an identical record leaves the entity clean and its version as it is.
     * The supplier is the caller's business: it is an entity, not a field.
     */
    public boolean replace(Listing listing) {
        Listing draft = toDraft();
        ListingUpdateInput update = new ListingUpdateInput();
        update.title = title;
        update.description = draft.description == null || draft.description.asMap().isEmpty() ? null : description;
        update.category = category;
        update.hsCode = hsCode;
        update.priceEur = priceEur;
        update.unit = unit;
        update.stockQuantity = stockQuantity;
        update.netWeightGrams = netWeightGrams;
        update.originRegion = draft.originRegion;
        update.certifications = List.copyOf(draft.certifications);
        boolean changed = update.applyTo(listing);
        if (update.description == null && listing.description != null && !listing.description.asMap().isEmpty()) {
            listing.description = null;
            changed = true;
        }
        return changed;
    }
}
