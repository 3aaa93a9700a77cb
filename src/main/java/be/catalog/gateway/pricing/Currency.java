package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/**
 * The currencies prices are shown in, with their ISO 4217 minor units: an amount in a currency is rounded to its
 * minor unit (0.01 for the yuan, 1 for the yen), half to even, so that rounding errors do not drift one way over
 * many conversions. Euro is the catalog's own currency; the others need an exchange rate.
 */
@Description("An ISO 4217 currency a price can be shown in. EUR is the catalog's currency; the others are converted"
        + " at the latest exchange rate.")
public enum Currency {
    @Description("Euro")
    EUR(2),
    @Description("Chinese yuan renminbi")
    CNY(2),
    @Description("Hong Kong dollar")
    HKD(2),
    @Description("US dollar")
    USD(2),
    @Description("Japanese yen (no minor unit)")
    JPY(0);

    /** Banker's rounding: a tie goes to the even neighbour, so ties do not all round the same way. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final int minorUnits;

    Currency(int minorUnits) {
        this.minorUnits = minorUnits;
    }

    /** Decimal places of the currency's minor unit (ISO 4217 "minor unit"). */
    public int minorUnits() {
        return minorUnits;
    }

    /** The amount rounded to this currency's minor unit, half to even. */
    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(minorUnits, ROUNDING);
    }

    /** The currency with this exact ISO code, if prices can be shown in it. */
    public static Optional<Currency> fromCode(String code) {
        for (Currency currency : values()) {
            if (currency.name().equals(code)) {
                return Optional.of(currency);
            }
        }
        return Optional.empty();
    }
}
