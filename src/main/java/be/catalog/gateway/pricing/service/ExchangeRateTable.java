package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.ExchangeRateUnavailableException;
import be.catalog.gateway.pricing.ExchangeRateView;
import be.catalog.gateway.pricing.Money;

/** The exchange rates in force, one per currency, at the time they were read. Immutable. */
public final class ExchangeRateTable {

    private final Map<Currency, ExchangeRateView> rates = new EnumMap<>(Currency.class);

    ExchangeRateTable(List<ExchangeRateView> latest) {
        latest.forEach(rate -> rates.put(rate.currency(), rate));
    }

    public List<ExchangeRateView> all() {
        return List.copyOf(rates.values());
    }

    public ExchangeRateView require(Currency currency) {
        ExchangeRateView rate = rates.get(currency);
        if (rate == null) {
            throw new ExchangeRateUnavailableException(currency);
        }
        return rate;
    }

    /** {@code euros} in {@code currency}; euros stay as they are. */
    public Money convert(BigDecimal euros, Currency currency) {
        return currency == Currency.EUR ? Money.eur(euros) : Money.converted(euros, require(currency));
    }
}
