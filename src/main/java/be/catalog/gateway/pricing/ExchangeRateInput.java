package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A new euro exchange rate. The currency is a plain string on purpose: a code the API does not know must come back
 * as INVALID_CURRENCY with the other violations, not as a schema validation error without a code.
 */
@Input("ExchangeRateInput")
@Description("1 EUR = `rate` units of `currency`, published for `date` by `source`.")
public class ExchangeRateInput {

    @NonNull
    @Description("ISO 4217 code of a currency prices are shown in, other than EUR: CNY, HKD, USD, JPY")
    public String currency;
    @NonNull
    @Description("Units of `currency` per euro: more than 0, at most 8 decimals")
    public BigDecimal rate;
    @NonNull
    @Description("Date the rate was published for; not in the future")
    public LocalDate date;
    @NonNull
    @Description("Where the rate comes from, e.g. European Central Bank reference rate")
    public String source;
}
