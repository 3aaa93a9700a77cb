package be.catalog.gateway.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import be.catalog.gateway.agency.Region;
import be.catalog.gateway.i18n.LocalizedTextInput;

@Input("ListingUpdateInput")
@Description("Changes to a listing: absent fields stay as they are; a given title or description replaces all its locales.")
public class ListingUpdateInput {

    public LocalizedTextInput title;
    public LocalizedTextInput description;
    public String category;
    public String hsCode;
    public BigDecimal priceEur;
    public SalesUnit unit;
    public Integer stockQuantity;
    public Integer netWeightGrams;
    public Region originRegion;
    @Description("Replaces all certifications; an empty list removes them")
    public List<String> certifications;

    /** Applies the given fields; answers whether the listing changed. */
    public boolean applyTo(Listing listing) {
        boolean changed = false;
        changed |= set(title == null ? null : title.toText(), listing.title, v -> listing.title = v);
        changed |= set(description == null ? null : description.toText(), listing.description,
                v -> listing.description = v);
        changed |= set(category, listing.category, v -> listing.category = v);
        changed |= set(HsCodes.normalize(hsCode), listing.hsCode, v -> listing.hsCode = v);
        // 12.5 and 12.50 are the same price
        if (priceEur != null && (listing.priceEur == null || priceEur.compareTo(listing.priceEur) != 0)) {
            listing.priceEur = priceEur;
            changed = true;
        }
        changed |= set(unit, listing.unit, v -> listing.unit = v);
        changed |= set(stockQuantity, listing.stockQuantity, v -> listing.stockQuantity = v);
        changed |= set(netWeightGrams, listing.netWeightGrams, v -> listing.netWeightGrams = v);
        changed |= set(originRegion, listing.originRegion, v -> listing.originRegion = v);
        if (certifications != null && !new TreeSet<>(certifications).equals(listing.certifications)) {
            // the managed collection is changed in place so that Hibernate writes only the difference
            listing.certifications.clear();
            listing.certifications.addAll(certifications);
            changed = true;
        }
        return changed;
    }

    private static <T> boolean set(T given, T current, Consumer<T> setter) {
        if (given == null || Objects.equals(given, current)) {
            return false;
        }
        setter.accept(given);
        return true;
    }
}
