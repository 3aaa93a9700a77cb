package be.catalog.gateway.pricing.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.pricing.ExchangeRateInput;
import be.catalog.gateway.pricing.ExchangeRateView;
import be.catalog.gateway.pricing.service.ExchangeRateService;
import be.catalog.gateway.security.CurrentViewer;
import io.smallrye.mutiny.Uni;

/** Operators' writes of reference data for pricing. */
@GraphQLApi
@ReportsClientErrors
public class PricingMutations {

    private final ExchangeRateService service;
    private final CurrentViewer viewer;

    public PricingMutations(ExchangeRateService service, CurrentViewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @Mutation("setExchangeRate")
    @Description("Stores a euro exchange rate; prices use the rate with the latest date (for the same date, the last"
            + " one set). Catalog operators only. Codes: UNAUTHENTICATED, FORBIDDEN, INVALID_CURRENCY, INVALID_RATE,"
            + " INVALID_RATE_DATE, REQUIRED, TEXT_TOO_LONG.")
    public Uni<@NonNull ExchangeRateView> setExchangeRate(@NonNull @Name("input") ExchangeRateInput input) {
        return viewer.get().chain(caller -> service.set(caller, input));
    }
}
