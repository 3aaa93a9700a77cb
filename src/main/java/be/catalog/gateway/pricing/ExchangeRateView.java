package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A euro exchange rate as clients read it. */
@Type("ExchangeRate")
@Description("1 EUR = `rate` units of `currency`, published for `date` by `source`.")
public record ExchangeRateView(
        @NonNull Currency currency,
        @Description("Units of `currency` per euro, exact") @NonNull BigDecimal rate,
        @Description("Date the rate was published for") @NonNull LocalDate date,
        @NonNull String source,
        @Description("When an operator (or a migration) stored the rate") @NonNull OffsetDateTime setAt) {

    /** The rate without the column's trailing zeros: 7.7094, not 7.70940000. */
    public ExchangeRateView {
        rate = rate.stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
    }
}
