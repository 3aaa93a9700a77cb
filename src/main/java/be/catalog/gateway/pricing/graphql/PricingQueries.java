package be.catalog.gateway.pricing.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.InMemoryResolver;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.ExchangeRateView;
import be.catalog.gateway.pricing.Money;
import be.catalog.gateway.pricing.service.ExchangeRateTable;
import be.catalog.gateway.pricing.service.ExchangeRates;
import io.smallrye.mutiny.Uni;

/** Prices in the buyer's currency, and the exchange rates behind them. */
@GraphQLApi
@ReportsClientErrors
public class PricingQueries {

    private final ExchangeRates rates;

    public PricingQueries(ExchangeRates rates) {
        this.rates = rates;
    }

    // Per listing, not batched: a batch loader would give every alias (eur: price, cny: price(currency: CNY)) the
    // arguments of the first one. No N+1 either way: the rates come from one cached read (ExchangeRates).
    @Description("Price of one unit in `currency` (default EUR, the catalog's currency), converted at the latest"
            + " exchange rate and rounded to the currency's minor unit, half to even. Null with an error"
            + " EXCHANGE_RATE_UNAVAILABLE when there is no rate for the currency.")
    @InMemoryResolver
    public Uni<Money> price(@Source ListingView listing, @Name("currency") @DefaultValue("EUR") Currency currency) {
        return rates.convert(listing.priceEur(), currency == null ? Currency.EUR : currency);
    }

    @Query("exchangeRates")
    @Description("The euro exchange rates in force, one per currency.")
    public Uni<@NonNull List<@NonNull ExchangeRateView>> exchangeRates() {
        return rates.current().map(ExchangeRateTable::all);
    }
}
