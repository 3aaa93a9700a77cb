package be.catalog.gateway.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ListingFacets")
@Description("Counts of the listings matching the current query and filter, per value of each facet. A facet's own"
        + " filter is left out of its counts, so a shop can show the other values a shopper may switch to.")
public record ListingFacets(
        @Description("Per origin region") @NonNull List<@NonNull FacetCount> regions,
        @Description("Per agency code") @NonNull List<@NonNull FacetCount> agencies,
        @Description("Per category code, each counting its descendants too") @NonNull List<@NonNull FacetCount> categories,
        @Description("Per certification code") @NonNull List<@NonNull FacetCount> certifications,
        @Description("Per price band in euro") @NonNull List<@NonNull PriceRangeCount> priceRanges) {

    @Type("FacetCount")
    public record FacetCount(@NonNull String value, @NonNull int count) {
    }

    @Type("PriceRangeCount")
    @Description("Listings priced from `from` (inclusive) up to `to` (exclusive; null: no upper bound), in euro.")
    public record PriceRangeCount(@NonNull java.math.BigDecimal from, java.math.BigDecimal to, @NonNull int count) {
    }
}
