package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * An exact amount in one currency. A converted amount also says which exchange rate made it, so a buyer can tell how
 * current it is; amounts in euro, or computed directly in their currency (taxes), carry no rate.
 */
@Type("Money")
@Description("An exact amount of money (never a float) in an ISO 4217 currency, rounded to the currency's minor unit."
        + " `rate`, `rateDate` and `rateSource` tell which EUR exchange rate converted it; null when not converted.")
public record Money(
        @NonNull BigDecimal amount,
        @NonNull Currency currency,
        @Description("Units of `currency` per euro used for the conversion") BigDecimal rate,
        @Description("Date the exchange rate was published for") LocalDate rateDate,
        @Description("Where the exchange rate comes from, e.g. European Central Bank reference rate") String rateSource) {

    public static Money eur(BigDecimal amount) {
        return new Money(amount, Currency.EUR, null, null, null);
    }

    /** An amount computed in its own currency, not converted: rounded to the currency's minor unit. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(currency.round(amount), currency, null, null, null);
    }

    /** {@code euros} in the rate's currency, rounded to its minor unit, half to even. */
    public static Money converted(BigDecimal euros, ExchangeRateView rate) {
        return new Money(rate.currency().round(euros.multiply(rate.rate())), rate.currency(), rate.rate(),
                rate.date(), rate.source());
    }
}
