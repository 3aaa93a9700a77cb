package be.catalog.gateway.pricing.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.InMemoryResolver;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.pricing.Country;
import be.catalog.gateway.pricing.LandedCost;
import be.catalog.gateway.pricing.service.CrossBorderPricing;
import io.smallrye.mutiny.Uni;

/** A listing as a buyer in China sees it: can it be ordered cross-border, and what does it cost delivered. */
@GraphQLApi
@ReportsClientErrors
public class CrossBorderQueries {

    private final CrossBorderPricing pricing;

    public CrossBorderQueries(CrossBorderPricing pricing) {
        this.pricing = pricing;
    }

    @Description("True when the listing's HS code is on China's list of cross-border e-commerce retail imports and it"
            + " is in stock.")
    @InMemoryResolver
    public Uni<@NonNull Boolean> crossBorderEligible(@Source ListingView listing) {
        return Uni.createFrom().item(pricing.eligible(listing));
    }

    // Per listing, not batched, for the same reason as price(currency:): aliases with other arguments.
    // SmallRye makes an argument with a default nullable (`Int = 1`); an explicit null means the default too.
    @Description("Estimated cost in CNY of `quantity` units (1 to 999) delivered to `destination` (only CN so far):"
            + " goods, shipping from Liège, duty, VAT and consumption tax under China's cross-border e-commerce rules."
            + " Codes: INVALID_QUANTITY, EXCHANGE_RATE_UNAVAILABLE, TAX_RATE_UNAVAILABLE.")
    @InMemoryResolver
    public Uni<LandedCost> landedCost(@Source ListingView listing,
            @Name("quantity") @DefaultValue("1") Integer quantity,
            @Name("destination") @DefaultValue("CN") Country destination) {
        return pricing.landedCost(listing, quantity == null ? 1 : quantity);
    }
}
